import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup between tests;
// this one runs for every component test, which need not register it again.
afterEach(cleanup);

// Component tests never reach a server: a file a test does not serve itself (with its own
// `fetch` stub) is missing, as on a server without it. Before this, happy-dom sent such requests
// (the area chart's series) to localhost:3000 and logged ECONNREFUSED.
beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status: 404 })));
});
afterEach(() => {
  vi.unstubAllGlobals();
});
