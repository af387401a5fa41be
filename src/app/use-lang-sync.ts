import { useEffect } from 'react';
import { activateLang } from '../i18n/setup';
import { useAppStore } from '../state/store-context';

/** Switches the interface (catalog, `<html lang>`) when the store's language changes. */
export function useLangSync(): void {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    void activateLang(lang);
  }, [lang]);
}
