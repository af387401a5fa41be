/**
 * The URL to put in an `href`, or null when it must be shown as plain text. The schema already
 * refuses non-web URLs, but the panel is the last line before the DOM: a record that slipped past
 * validation must not become a `javascript:` or `data:` link.
 */
export function safeHref(url: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(url.trim())) return null;
  try {
    return new URL(url.trim()).href;
  } catch {
    return null;
  }
}
