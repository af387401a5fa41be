import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';

/** Bundled Noto Sans woff2 subsets (same origin), so map labels need no glyph server. */
export const NOTO_SANS_URLS = { latin, cyrillic } as const;
