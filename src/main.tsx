import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Only the subsets the UI writes in (English, Ukrainian and Russian names).
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import './styles/app.css';
import { App } from './app/App';
import { createAppStore } from './state/store';
import { StoreProvider } from './state/store-context';
import { parseUrlState, STATIC_LIMITS } from './app/url-state';
import { registerServiceWorker } from './app/service-worker';
import { I18nProvider } from '@lingui/react';
import { activateLang, i18n } from './i18n/setup';
import { detectLang } from './i18n/langs';

// The URL is read before the first render so the first frame already shows the linked state.
const initial = parseUrlState(window.location.search, {
  ...STATIC_LIMITS,
  defaultLang: detectLang(navigator.languages),
});
const store = createAppStore(initial);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The chosen language's catalog is in before the first render, so no English flashes first.
void activateLang(initial.lang).then(() => {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </I18nProvider>
    </StrictMode>,
  );
});
registerServiceWorker(store);
