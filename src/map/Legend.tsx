import { useId, useMemo } from 'react';
import { useAppStore } from '../state/store-context';
import { COMBINED_VIEW } from '../data/vocabulary';
import { controlClaimants } from '../evidence/claimants';
import { LAYER_GROUPS, type LayerGroup } from '../state/layers-slice';
import { EVACUATION_LABEL_DAYS, EVENT_WINDOW_DAYS } from './overlay-expressions';
import './legend.css';

const GROUP_LABELS: Record<LayerGroup, string> = {
  settlements: 'Settlements (claimed status)',
  evacuations: `Evacuation orders (labelled for ${EVACUATION_LABEL_DAYS} days)`,
  zones: 'Claimed control zones',
  events: `Events, last ${EVENT_WINDOW_DAYS} days`,
};

/** Status meanings in words; each swatch matches the settlement layer's paint. */
const STATUSES = [
  { status: 'ru', text: 'claimed held by Russia' },
  { status: 'ua', text: 'claimed held by Ukraine' },
  { status: 'disputed', text: 'claims disagree' },
  { status: 'contested', text: 'claimed contested' },
  { status: 'unclaimed', text: 'unclaimed' },
] as const;

/**
 * Layer toggles, what the symbols mean, and whose claims are shown. A <details> so phones can
 * fold it away; it starts open on wide screens.
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
  const viewId = useId();

  return (
    <details className="legend" open={initiallyOpen} data-testid="legend">
      <summary>Legend</summary>
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
      <ul className="legend__statuses" aria-label="Settlement status">
        {STATUSES.map(({ status, text }) => (
          <li key={status}>
            <span className={`legend__dot legend__dot--${status}`} aria-hidden="true" />
            {text}
          </li>
        ))}
      </ul>
      <ul className="legend__zones" aria-label="Zone patterns">
        <li>
          <span className="legend__swatch legend__swatch--zone-ru" aria-hidden="true" />
          zone claimed held by Russia (hatched)
        </li>
        <li>
          <span className="legend__swatch legend__swatch--zone-ua" aria-hidden="true" />
          zone claimed held by Ukraine (dotted)
        </li>
      </ul>
      <p className="legend__note">Zones are approximate, derived from claimed settlements.</p>
    </details>
  );
}
