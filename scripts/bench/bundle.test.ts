import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsBytes } from './bundle';

describe('jsBytes', () => {
  it('counts what the HTML loads for the first paint apart from the chunks loaded on demand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const assets = join(dir, 'assets');
    const html = join(dir, 'index.html');
    writeFileSync(
      html,
      '<script type="module" crossorigin src="/assets/index-a.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">' +
        '<link rel="stylesheet" href="/assets/index-c.css">',
    );
    mkdirSync(assets);
    writeFileSync(join(assets, 'index-a.js'), 'a'.repeat(100));
    writeFileSync(join(assets, 'vendor-b.js'), 'b'.repeat(50));
    writeFileSync(join(assets, 'chart-d.js'), 'd'.repeat(30));
    writeFileSync(join(assets, 'maplibre-gl-worker-e.mjs'), 'e'.repeat(20));
    const bytes = jsBytes(assets, html);
    expect(bytes.page).toMatchObject({ files: 2, raw: 150 });
    expect(bytes.onDemand).toMatchObject({ files: 1, raw: 30 });
    expect(bytes.worker).toMatchObject({ files: 1, raw: 20 });
  });
});
