import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the production build (dist/, built by `npm run test:browser`) on 127.0.0.1 with
 * `npm start`'s server, or, with APP_URL set, tests a build someone else serves there (the nginx
 * recipe in CI: deploy/check-nginx.sh).
 */
export default async function setup(project: TestProject) {
  const external = process.env.APP_URL;
  if (external) {
    project.provide('baseUrl', external);
    return;
  }
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: the browser tests run against the production build (vite build).',
    );
  }
  const { url, close } = await startStaticServer({ root: 'dist', host: '127.0.0.1', port: 0 });
  project.provide('baseUrl', url);
  return close;
}
