import { join } from 'node:path';
import { LOCAL_IMPORTS_DIR } from './local-imports';
import { OBLAST_LAND_FILE } from '../src/importer/types';
import { parseArgs, runImport } from './import-run';

/**
 * `npm run import -- [--date YYYY-MM-DD] [--side "label=ua|ru|unknown"] <files or folders>`:
 * reads assessed-map snapshots (GeoJSON, KML, KMZ) into data/local-imports/, which the dev
 * server, `vite preview` and `npm start` serve to the page. Nothing is uploaded or committed.
 */
const { paths, date, sides } = parseArgs(process.argv.slice(2));
if (paths.length === 0) {
  console.error(
    'usage: npm run import -- [--date YYYY-MM-DD] [--side "label=ua|ru|unknown"] <files or folders>',
  );
  process.exit(2);
}
const { lines, ok } = runImport(paths, {
  date,
  sides,
  outDir: LOCAL_IMPORTS_DIR,
  oblastLandPath: join(import.meta.dirname, '..', 'public', 'basemap', OBLAST_LAND_FILE),
});
for (const line of lines) console.log(line);
process.exit(ok ? 0 : 1);
