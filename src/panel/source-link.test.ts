import { describe, expect, it } from 'vitest';
import { safeHref } from './source-link';

describe('safeHref', () => {
  it('accepts http and https URLs', () => {
    expect(safeHref('https://censor.net/en/news/3504909/example')).toBe(
      'https://censor.net/en/news/3504909/example',
    );
    expect(safeHref('http://en.wikipedia.org/wiki/Sudzha')).toBe(
      'http://en.wikipedia.org/wiki/Sudzha',
    );
    expect(safeHref('HTTPS://example.org/a')).toBe('https://example.org/a');
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.org/protocol-relative',
    '/relative/path',
    'https://',
    'https://exa mple.org',
    'https://[not-a-host',
    '',
  ])('rejects %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});
