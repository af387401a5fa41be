import type { FileText } from './read-dataset';

/**
 * The build's record of what it checked, served beside the data: SHA-256 (hex) of each file in
 * /data/, written only when the data check passed every record (scripts/derived/index.ts).
 */
export const CONTENT_HASHES_FILE = 'content-hashes.json';

/** SHA-256 of a text's UTF-8 bytes, in hex, as the build computes it with node:crypto. */
async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether every fetched text is exactly one the build checked, so the page can trust the build's
 * validation and only parse. Anything else (a file swapped on the server, one that did not arrive,
 * no record, no Web Crypto outside a secure context) means: validate.
 */
export async function checkedByBuild(
  texts: Readonly<Record<string, FileText>>,
  hashesText: FileText,
): Promise<boolean> {
  if (typeof hashesText !== 'string' || !globalThis.crypto?.subtle) return false;
  let hashes: unknown;
  try {
    hashes = JSON.parse(hashesText);
  } catch {
    return false;
  }
  if (typeof hashes !== 'object' || hashes === null) return false;
  const recorded = hashes as Record<string, unknown>;
  const entries = Object.entries(texts);
  const matches = await Promise.all(
    entries.map(
      async ([file, text]) =>
        typeof text === 'string' && recorded[file] === (await sha256Hex(text)),
    ),
  );
  return entries.length > 0 && matches.every(Boolean);
}
