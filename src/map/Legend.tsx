import { useId, useMemo } from 'react';
import { useAppStore } from '../state/store-context';
import { COMBINED_VIEW } from '../data/vocabulary';
import { controlClaimants } from '../evidence/claimants';
import { LAYER_GROUPS, type LayerGroup } from '../state/layers-slice';
import type { ZoneStatus } from '../zones/combined-status';
import { CHANGE_KINDS, CHANGE_NAME_KEYS } from '../zones/compare';
import { useT } from '../i18n/use-t';
import { EVACUATION_LABEL_DAYS, EVENT_WINDOW_DAYS } from './overlay-expressions';
import { ZONE_STATUSES } from './pattern-images';
import './legend.css';

const GROUP_LABELS: Record<LayerGroup, string> = {
  settlements: 'Settlements (claimed status)',
  evacuations: `Evacuation orders (labelled for ${EVACUATION_LABEL_DAYS} days)`,
  zones: 'Claimed control zones (settlement cells)',
  implied: "Implied holders (inferred from a 'liberated' claim)",
  events: `Events, last ${EVENT_WINDOW_DAYS} days`,
};

/** Status meanings in words; each swatch matches the settlement layer's paint. */
const STATUSES = [
  { status: 'ru', text: 'claimed held by Russia' },
  { status: 'ua', text: 'claimed held by Ukraine' },
  { status: 'ru-implied', text: 'held by Russia, implied (not claimed)' },
  { status: 'ua-implied', text: 'held by Ukraine, implied (not claimed)' },
  { status: 'disputed', text: 'claims disagree' },
  { status: 'contested', text: 'claimed contested' },
  { status: 'unclaimed', text: 'unclaimed' },
] as const;

/** The folded legend's key: the four readings that matter most. */
const STRIP = [
  { status: 'ru', text: 'Russia' },
  { status: 'ua', text: 'Ukraine' },
  { status: 'disputed', text: 'disagree' },
  { status: 'contested', text: 'contested' },
] as const;

/** What each cell pattern means, in words. */
const ZONE_PATTERN_WORDS: Record<ZoneStatus, string> = {
  ru: 'claimed held by Russia (hatched)',
  ua: 'claimed held by Ukraine (dotted)',
  'ru-implied': 'held by Russia, implied by a claim that Ukraine liberated it',
  'ua-implied': 'held by Ukraine, implied by a claim that Russia liberated it',
  disputed: 'claims disagree (striped)',
  contested: 'claimed contested (cross-hatched)',
};

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

  return (
    <details className="legend" open={initiallyOpen} data-testid="legend">
      <summary>
        Legend
        {/* The folded legend is a strip that still says what the colours mean. */}
        <span className="legend__strip" aria-hidden="true">
          {STRIP.map(({ status, text }) => (
            <span key={status} className="legend__strip-item">
              <span className={`legend__dot legend__dot--${status}`} />
              {text}
            </span>
          ))}
        </span>
      </summary>
      <label className="legend__view" htmlFor={viewId}>
        Claims shown
        <select id={viewId} value={view} onChange={(e) => setView(e.currentTarget.value)}>
          <option value={COMBINED_VIEW}>All claimants, combined</option>
          {claimants.map((id) => (
            <option key={id} value={id}>
              {names.get(id) ?? id}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="legend__groups">
        <legend>Layers</legend>
        {LAYER_GROUPS.map((group) => (
          <label key={group} className="legend__group">
            <input
              type="checkbox"
              checked={visibleLayers[group]}
              onChange={(e) => setLayerVisible(group, e.currentTarget.checked)}
            />
            <span className={`legend__swatch legend__swatch--${group}`} aria-hidden="true" />
            {GROUP_LABELS[group]}
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
      <ul className="legend__statuses" aria-label="Settlement status">
        {STATUSES.map(({ status, text }) => (
          <li key={status}>
            <span className={`legend__dot legend__dot--${status}`} aria-hidden="true" />
            {text}
          </li>
        ))}
      </ul>
      <ul className="legend__zones" aria-label="Zone patterns">
        {ZONE_STATUSES.map((status) => (
          <li key={status}>
            <span className={`legend__swatch legend__swatch--zone-${status}`} aria-hidden="true" />
            {ZONE_PATTERN_WORDS[status]}
          </li>
        ))}
      </ul>
      <p className="legend__note">
        Zones are settlement cells (ground nearer a settlement than any other, within{' '}
        {radius ?? '–'} km), not a front line.
      </p>
    </details>
  );
}
