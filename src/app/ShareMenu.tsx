import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/use-t';
import './share-menu.css';

const ShareActions = lazy(() => import('./ShareActions'));

/**
 * Share & export, floating over the map's top-right corner. Only the button is in the first
 * paint: its actions load when it is first opened.
 */
export function ShareMenu() {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="share-menu"
      data-testid="share-menu"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('app.share.menu')}</summary>
      {opened && (
        <Suspense fallback={null}>
          <ShareActions />
        </Suspense>
      )}
    </details>
  );
}
