import { join } from 'node:path';
import { localImportsMiddleware } from './local-imports';
import { startStaticServer } from './static-server';

/** `npm start`, after the build: serves dist/ on 127.0.0.1:4173 (PORT overrides the port). */
const { url } = await startStaticServer({
  root: join(import.meta.dirname, '..', 'dist'),
  host: '127.0.0.1',
  port: Number(process.env.PORT ?? 4173),
  // Snapshots of `npm run import`, read live from data/local-imports/.
  before: localImportsMiddleware(),
});
console.log(`Serving dist/ on ${url}`);
