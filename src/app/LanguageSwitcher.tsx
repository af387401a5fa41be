import { LANG_NAMES, LANGS, isLang } from '../i18n/langs';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store-context';

/** The header's language menu; each language is named in itself. */
export function LanguageSwitcher() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <select
      className="lang-switcher"
      aria-label={t('app.language')}
      data-testid="lang-switcher"
      value={lang}
      onChange={(event) => {
        if (isLang(event.target.value)) setLang(event.target.value);
      }}
    >
      {LANGS.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANG_NAMES[code]}
        </option>
      ))}
    </select>
  );
}
