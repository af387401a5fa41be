import type { FileText } from './read-dataset';

/**
 * The build's record of what it checked, served beside the data: SHA-256 (hex) of each file in
 * /data/, written only when the data check passed every record (scripts/derived/index.ts).
 */
export const CONTENT_HASHES_FILE = 'content-hashes.json';

/**
 * SHA-256 of bytes as served, in hex. The build hashes each file's UTF-8 text with node:crypto,
 * the same bytes for any valid UTF-8 file; a file that is not valid UTF-8 does not match, and is
 * validated. Hashing the fetched bytes spares re-encoding the text (34 MB at scale: ~0.15 s).
 */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The build's recorded hashes by file name, or null when there are none to trust. */
function recordedHashes(hashesText: FileText): Record<string, unknown> | null {
  if (typeof hashesText !== 'string' || !globalThis.crypto?.subtle) return null;
  try {
    const hashes: unknown = JSON.parse(hashesText);
    return typeof hashes === 'object' && hashes !== null
      ? (hashes as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether every fetched file's digest (null: it did not arrive) is the one the build recorded,
 * so the page can trust the build's validation and only parse.
 */
export async function checkedByBuild(
  digests: Readonly<Record<string, Promise<string> | null>>,
  hashesText: FileText,
): Promise<boolean> {
  const recorded = recordedHashes(hashesText);
  const entries = Object.entries(digests);
  if (!recorded || entries.length === 0) return false;
  const matches = await Promise.all(
    entries.map(async ([file, digest]) => digest !== null && recorded[file] === (await digest)),
  );
  return matches.every(Boolean);
}
