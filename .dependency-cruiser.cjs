// The direction of imports between the rooms of src/ (README, "Layout"). Whitelist: an import
// that no rule below allows fails `npm run check`. Lowest room first; each may import only the
// rooms before it (and itself):
//
//   data < i18n < evidence < zones < state < map/features < map, panel, timeline < app
//
// src/i18n/ (languages, message catalogs, Intl formatting) sits just above data so that every
// room showing text can import it.
// src/zones/build/ (turf geometry) is build-side only: scripts import it, the page never does.
// src/importer/ (parse, clip, measure imported maps; turf, togeojson) sits beside evidence and
// reaches the page only through the lazy src/imports/ chunk and its Web Worker.

/** A path pattern for the given rooms of src/. */
const rooms = (...names) => `^src/(${names.join('|')})/`;

const BUILD_SIDE = '^src/zones/build/';
/** Rooms that may use turf: the build side, and the importer (a lazy chunk and its worker). */
const TURF_ROOMS = `${BUILD_SIDE}|^src/importer/`;
const TEST_FILE = '\\.test\\.tsx?$';

/** Room → the rooms it may import, besides itself. */
const ALLOWED = [
  { room: 'data', may: ['data'] },
  { room: 'i18n', may: ['data', 'i18n'] },
  { room: 'evidence', may: ['data', 'i18n', 'evidence'] },
  { room: 'importer', may: ['data', 'importer'] },
  { room: 'zones', may: ['data', 'i18n', 'evidence', 'zones'] },
  { room: 'state', may: ['data', 'i18n', 'evidence', 'zones', 'importer', 'state'] },
  { room: 'map/features', may: ['data', 'i18n', 'evidence', 'zones', 'map/features'] },
  { room: 'map', may: ['data', 'i18n', 'evidence', 'zones', 'state', 'map'] },
  { room: 'panel', may: ['data', 'i18n', 'evidence', 'zones', 'state', 'importer', 'panel'] },
  { room: 'timeline', may: ['data', 'i18n', 'evidence', 'state', 'timeline'] },
  { room: 'imports', may: ['data', 'i18n', 'evidence', 'state', 'map', 'importer', 'imports'] },
  {
    room: 'app',
    may: [
      ...['data', 'i18n', 'evidence', 'zones', 'state', 'map', 'panel', 'timeline', 'imports'],
      ...['app', 'styles'],
    ],
  },
  // Test support (fixtures, render helpers shared by component tests); nothing in src imports it.
  { room: 'test', may: ['data', 'state', 'panel', 'test'] },
];

/** `map` must not match `map/features`: a room's own rule covers only the files directly in it. */
const fromRoom = (room) => ({
  path: `^src/${room}/`,
  pathNot: [
    TEST_FILE,
    ...ALLOWED.filter((r) => r.room.startsWith(`${room}/`)).map((r) => `^src/${r.room}/`),
  ],
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  allowedSeverity: 'error',
  allowed: [
    ...ALLOWED.map(({ room, may }) => ({
      comment: `src/${room} may import ${may.join(', ')}`,
      from: fromRoom(room),
      to: { path: rooms(...may), pathNot: room === 'zones' ? [] : [BUILD_SIDE] },
    })),
    {
      comment: 'the page entry mounts the app',
      from: { path: '^src/main\\.tsx$' },
      to: { path: [rooms('app', 'state', 'styles', 'i18n')] },
    },
    {
      comment: 'turf, the build-side geometry, from src/zones/build',
      from: { path: BUILD_SIDE },
      to: { path: rooms('data', 'evidence', 'zones') },
    },
    {
      comment: 'tests may reach any room and the fixtures, never the other way round',
      from: { path: TEST_FILE },
      to: { path: '^(src|scripts|tests)/' },
    },
    {
      comment: 'build-time tools and browser tests use src; src never uses them',
      from: { path: '^(scripts|tests)/|^vite(st)?\\.config\\.ts$' },
      to: { path: '^(src|scripts|tests)/' },
    },
    {
      comment:
        'packages and Node built-ins; turf only on the build side, in the importer and for tests',
      from: { pathNot: `${TURF_ROOMS}|^scripts/|^tests/fixtures/` },
      to: { dependencyTypes: ['npm', 'npm-dev', 'core'], pathNot: 'node_modules/@turf/' },
    },
    {
      from: { path: `${TURF_ROOMS}|^scripts/|^tests/fixtures/|${TEST_FILE}` },
      to: { dependencyTypes: ['npm', 'npm-dev', 'core'] },
    },
    {
      comment: 'Vite asset URLs (`?url`), which a resolver cannot follow',
      from: { path: '^(src|scripts)/' },
      to: { couldNotResolve: true, path: '\\?url$' },
    },
    {
      comment: "vite-plugin-pwa's virtual register module, for the service worker's registration",
      from: { path: '^src/app/service-worker\\.ts$' },
      to: { couldNotResolve: true, path: '^virtual:pwa-register$' },
    },
  ],
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Rooms import one way; a type-only cycle (a slice naming the whole state) is fine.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: '^(dist|artifacts)/' },
  },
};
