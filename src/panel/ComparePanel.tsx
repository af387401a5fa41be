import { useEffect, useId, useMemo, useState } from 'react';
import { formatDayShort, formatIsoShort } from '../data/dates';
import { COMBINED_VIEW, SIDE_NAMES } from '../data/vocabulary';
import { claimantName, placeName, type EvidenceIndex } from '../evidence/evidence-index';
import { claimSentence, counted } from '../evidence/wording';
import { useAppStore } from '../state/store-context';
import { areaChanges, type AreaChange, type AreaGroup } from '../zones/area-at';
import { fetchAreaSeries, type AreaSeriesFile } from '../zones/area-series-file';
import {
  CHANGE_KINDS,
  CHANGE_NAMES,
  orderedDays,
  placeChanges,
  sideChanges,
  type PlaceChange,
  type Reading,
} from '../zones/compare';
import { ZONE_STATUS_NAMES } from '../zones/zone-data';
import { SourceList } from './SourceCitation';
import './compare-panel.css';

const GROUP_NAMES: Record<AreaGroup, string> = {
  ru: 'Held by Russia',
  ua: 'Held by Ukraine',
  disputed: 'Claims disagree',
  contested: 'Contested',
};

/** "+12 km²", "−3 km²", whole km². */
function signedKm2(km2: number): string {
  const rounded = Math.round(km2);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded).toLocaleString('en-GB')} km²`;
}

const km2Text = (km2: number) => `${Math.round(km2).toLocaleString('en-GB')} km²`;

/** A reading in words: "held by Ukraine", "claims disagree (latest: Russia)", "unclaimed". */
function readingText(reading: Reading): string {
  if (reading.status === null) return 'unclaimed';
  const text = ZONE_STATUS_NAMES[reading.status];
  return reading.status === 'disputed' && reading.lean
    ? `${text} (latest claim: ${SIDE_NAMES[reading.lean]})`
    : text;
}

/** Fetches the area series for the km² per side; null until it arrives or when it cannot. */
function useAreaSeries(): AreaSeriesFile | null {
  const [file, setFile] = useState<AreaSeriesFile | null>(null);
  useEffect(() => {
    let live = true;
    void fetchAreaSeries(import.meta.env.BASE_URL).then((loaded) => {
      if (live) setFile(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return file;
}

/** The area series' km² per side on both dates and the change. */
function AreaTable({ rows }: { rows: AreaChange[] }) {
  return (
    <table className="cp-areas" data-testid="compare-km2">
      <caption className="ep-muted">Area of the settlement cells (area series), km²</caption>
      <thead>
        <tr>
          <th scope="col">Side</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.group}>
            <th scope="row">{GROUP_NAMES[row.group]}</th>
            <td>{km2Text(row.before.km2)}</td>
            <td>{km2Text(row.after.km2)}</td>
            <td>{signedKm2(row.deltaKm2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One settlement's change with the claims behind it. */
function ChangeItem({
  change,
  index,
  onSelect,
}: {
  change: PlaceChange;
  index: EvidenceIndex;
  onSelect: (id: string) => void;
}) {
  const place = index.places.get(change.place);
  return (
    <li className="ep-card" data-testid="compare-change" data-place={change.place}>
      <button type="button" className="ep-link-button" onClick={() => onSelect(change.place)}>
        {placeName(index, change.place)}
        {place ? ` (${place.names.native})` : ''}
      </button>
      <p className="ep-muted">
        {readingText(change.before)} → {readingText(change.after)}
        {change.km2 === null ? ' · not drawn (no cell)' : ` · cell ${change.km2.toFixed(1)} km²`}
      </p>
      <ul className="ep-list">
        {change.claims.map((claim) => (
          <li key={claim.id}>
            <p className="ep-claim__sentence">
              {claimSentence(
                claimantName(index, claim.claimant),
                claim.holder,
                formatIsoShort(claim.from, claim.datePrecision === 'approximate'),
              )}
            </p>
            <SourceList ids={claim.sources} index={index} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * What changed hands between the comparison date and the selected date in the claims view: per
 * side the settlements gained and lost and their cells' km², the area series' km² on both dates,
 * and, per kind of change, each settlement with the claims behind it. Loaded on demand.
 */
export default function ComparePanel({ index }: { index: EvidenceIndex }) {
  const day = useAppStore((s) => s.day);
  const compareDay = useAppStore((s) => s.compareDay) ?? day;
  const view = useAppStore((s) => s.view);
  const zones = useAppStore((s) => s.zones);
  const selectPlace = useAppStore((s) => s.selectPlace);
  const series = useAreaSeries();
  const uid = useId();
  const { from, to } = orderedDays(compareDay, day);
  const changes = useMemo(
    () => (zones ? placeChanges(zones, index.dataset.claims, view, from, to) : []),
    [zones, index, view, from, to],
  );
  const sides = [sideChanges(changes, 'ru'), sideChanges(changes, 'ua')];
  const viewName = view === COMBINED_VIEW ? 'All claimants, combined' : claimantName(index, view);
  return (
    <section className="ep-section cp" data-testid="compare-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>
        Changes from {formatDayShort(from)} to {formatDayShort(to)}
      </h2>
      <p className="ep-muted">
        Claims shown: {viewName}. A settlement changed hands when the side its claims name changed;
        a disputed one counts for the side of its latest claim. Cells are not a front line.
      </p>
      <ul className="cp-sides" data-testid="compare-sides">
        {sides.map((side) => (
          <li key={side.side}>
            <strong>{SIDE_NAMES[side.side]}</strong>: gained{' '}
            {counted(side.gained.length, 'settlement')} ({km2Text(side.gainedKm2)}), lost{' '}
            {counted(side.lost.length, 'settlement')} ({km2Text(side.lostKm2)})
          </li>
        ))}
      </ul>
      {series ? (
        <AreaTable rows={areaChanges(series.views[view], from, to)} />
      ) : (
        <p className="ep-muted">Loading the area series…</p>
      )}
      {changes.length === 0 && <p className="ep-muted">No settlement changed hands.</p>}
      {CHANGE_KINDS.map((kind) => {
        const list = changes.filter((change) => change.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} data-testid={`compare-${kind}`} aria-labelledby={`${uid}-${kind}`}>
            <h3 id={`${uid}-${kind}`} className="cp-kind">
              <span className={`change-swatch change-swatch--${kind}`} aria-hidden="true" />
              {CHANGE_NAMES[kind][0]?.toUpperCase()}
              {CHANGE_NAMES[kind].slice(1)} ({list.length})
            </h3>
            <ul className="ep-list">
              {list.map((change) => (
                <ChangeItem
                  key={change.place}
                  change={change}
                  index={index}
                  onSelect={selectPlace}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
