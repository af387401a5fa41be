import { useId, useMemo } from 'react';
import { useAppStore } from '../state/store-context';
import { COMBINED_VIEW } from '../data/vocabulary';
import { controlClaimants } from '../evidence/claimants';
import { LAYER_GROUPS, type LayerGroup } from '../state/layers-slice';
import { CHANGE_KINDS, CHANGE_NAME_KEYS } from '../zones/compare';
import { EVACUATION_LABEL_DAYS } from './overlay-expressions';
import { EVENT_WINDOW_DAYS } from './features/events';
import { ZONE_STATUSES } from './pattern-images';
import { useT } from '../i18n/use-t';
import './legend.css';

/** Status meanings in words; each swatch matches the settlement layer's paint. */
const STATUSES = [
  'ru',
  'ua',
  'ru-implied',
  'ua-implied',
  'disputed',
  'contested',
  'unclaimed',
] as const;

/** The folded legend's key: the four readings that matter most. */
const STRIP = ['ru', 'ua', 'disputed', 'contested'] as const;

/**
 * Layer toggles, what the symbols mean, and whose claims are shown. A <details> that folds to a
 * one-line strip; it starts open only on wide, tall screens.
 */
export function Legend({ initiallyOpen }: { initiallyOpen: boolean }) {
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const dataset = useAppStore((s) => s.dataset);
  const claimants = useMemo(() => (dataset ? controlClaimants(dataset) : []), [dataset]);
  const names = useMemo(
    () => new Map(dataset?.claimants.map((c) => [c.id, c.name]) ?? []),
    [dataset],
  );
  const radius = useAppStore((s) => s.zones?.maxRadiusKm);
  const comparing = useAppStore((s) => s.compareDay !== null);
  const t = useT();
  const viewId = useId();
  const groupLabel = (group: LayerGroup) =>
    group === 'evacuations'
      ? t('legend.group.evacuations', { days: EVACUATION_LABEL_DAYS })
      : group === 'events'
        ? t('legend.group.events', { days: EVENT_WINDOW_DAYS })
        : t(`legend.group.${group}`);

  return (
    <details className="legend" open={initiallyOpen} data-testid="legend">
      <summary>
        {t('legend.title')}
        {/* The folded legend is a strip that still says what the colours mean. */}
        <span className="legend__strip" aria-hidden="true">
          {STRIP.map((status) => (
            <span key={status} className="legend__strip-item">
              <span className={`legend__dot legend__dot--${status}`} />
              {t(`legend.strip.${status}`)}
            </span>
          ))}
        </span>
      </summary>
      <label className="legend__view" htmlFor={viewId}>
        {t('legend.claimsShown')}
        <select id={viewId} value={view} onChange={(e) => setView(e.currentTarget.value)}>
          <option value={COMBINED_VIEW}>{t('legend.allCombined')}</option>
          {claimants.map((id) => (
            <option key={id} value={id}>
              {names.get(id) ?? id}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="legend__groups">
        <legend>{t('legend.layers')}</legend>
        {LAYER_GROUPS.map((group) => (
          <label key={group} className="legend__group">
            <input
              type="checkbox"
              checked={visibleLayers[group]}
              onChange={(e) => setLayerVisible(group, e.currentTarget.checked)}
            />
            <span className={`legend__swatch legend__swatch--${group}`} aria-hidden="true" />
            {groupLabel(group)}
          </label>
        ))}
      </fieldset>
      {comparing && (
        <ul
          className="legend__changes"
          aria-label={t('legend.changes')}
          data-testid="legend-changes"
        >
          {CHANGE_KINDS.map((kind) => (
            <li key={kind}>
              <span className={`change-swatch change-swatch--${kind}`} aria-hidden="true" />
              {t(CHANGE_NAME_KEYS[kind])}
            </li>
          ))}
        </ul>
      )}
      <ul className="legend__statuses" aria-label={t('legend.settlementStatus')}>
        {STATUSES.map((status) => (
          <li key={status}>
            <span className={`legend__dot legend__dot--${status}`} aria-hidden="true" />
            {t(`legend.status.${status}`)}
          </li>
        ))}
      </ul>
      <ul className="legend__zones" aria-label={t('legend.zonePatterns')}>
        {ZONE_STATUSES.map((status) => (
          <li key={status}>
            <span className={`legend__swatch legend__swatch--zone-${status}`} aria-hidden="true" />
            {t(`legend.zone.${status}`)}
          </li>
        ))}
      </ul>
      <p className="legend__note">{t('legend.note', { radius: radius ?? '–' })}</p>
    </details>
  );
}
