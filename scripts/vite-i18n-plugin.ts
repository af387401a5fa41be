import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const CATALOG = /\/src\/i18n\/catalogs\/[a-z]{2}\.json$/;

/** Compiles every message of a catalog (ICU MessageFormat text → Lingui's message form). */
export function compileCatalog(source: string): string {
  const messages = JSON.parse(source) as Record<string, string>;
  const compiled = Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [key, compileMessage(message)]),
  );
  return JSON.stringify(compiled);
}

/**
 * Compiles the interface's message catalogs (src/i18n/catalogs/*.json) at build time, so the
 * page ships Lingui's small runtime without its MessageFormat parser. The output is JSON still:
 * Vite's JSON plugin turns it into a module as before.
 */
export function compileI18nCatalogs(): Plugin {
  return {
    name: 'i18n-catalogs',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!CATALOG.test(id)) return null;
      return { code: compileCatalog(code), map: null };
    },
  };
}
