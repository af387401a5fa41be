import { describe, expect, it } from 'vitest';
import { compileCatalog } from './vite-i18n-plugin';

describe('compileCatalog', () => {
  it('compiles plain text, placeholders and plurals into Lingui message form', () => {
    const out = JSON.parse(
      compileCatalog(
        JSON.stringify({
          a: 'Plain',
          b: 'Hello {name}',
          c: '{n, plural, one {# day} other {# days}}',
        }),
      ),
    ) as Record<string, unknown>;
    expect(out.a).toEqual(['Plain']);
    expect(out.b).toEqual(['Hello ', ['name']]);
    expect(Array.isArray(out.c)).toBe(true);
  });
});
