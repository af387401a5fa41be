import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/** Header of a place or zone panel: the way back to the list, then the panel's title (focused on open). */
export function DetailHeader({
  titleId,
  onBack,
  children,
}: {
  titleId: string;
  onBack: () => void;
  children: ReactNode;
}) {
  // Focus moves to the title when a place or zone opens, so keyboard and screen-reader users
  // land on what they picked.
  const title = useRef<HTMLHeadingElement>(null);
  const t = useT();
  useEffect(() => title.current?.focus({ preventScroll: true }), []);
  return (
    <header className="ep-detail__header">
      <button type="button" className="ep-button" aria-label={t('panel.back')} onClick={onBack}>
        {t('panel.backShort')}
      </button>
      <h2 id={titleId} ref={title} tabIndex={-1}>
        {children}
      </h2>
    </header>
  );
}
