import { useEffect, useId, useMemo, useState } from 'react';
import { parseIsoDay } from '../data/dates';
import type { Side } from '../data/schema';
import { COMBINED_VIEW } from '../data/vocabulary';
import { formatDay, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/langs';
import type { MessageKey } from '../i18n/setup';
import { useLang, useT } from '../i18n/use-t';
import type { Translate } from '../i18n/setup';
import { claimantName, placeName, type EvidenceIndex } from '../evidence/evidence-index';
import { useAppStore } from '../state/store-context';
import { useShownDay } from '../state/shown-day';
import { areaChanges, type AreaChange, type AreaGroup } from '../zones/area-at';
import { fetchAreaSeries } from '../zones/area-series-file';
import type { AreaSeriesFile } from '../zones/area-series-schema';
import {
  CHANGE_KINDS,
  CHANGE_NAME_KEYS,
  orderedDays,
  placeChanges,
  sideChanges,
  type PlaceChange,
  type Reading,
} from '../zones/compare';
import type { ZoneStatus } from '../zones/combined-status';
import { SourceList } from './SourceCitation';
import './compare-panel.css';

const GROUP_KEYS: Record<AreaGroup, MessageKey> = {
  ru: 'panel.compare.group.ru',
  ua: 'panel.compare.group.ua',
  disputed: 'panel.compare.group.disputed',
  contested: 'panel.compare.group.contested',
};

const STATUS_KEYS: Record<ZoneStatus, MessageKey> = {
  ru: 'panel.compare.reading.ru',
  ua: 'panel.compare.reading.ua',
  'ru-implied': 'panel.compare.reading.ruImplied',
  'ua-implied': 'panel.compare.reading.uaImplied',
  contested: 'panel.compare.reading.contested',
  disputed: 'panel.compare.reading.disputed',
};

const SIDE_KEYS: Record<'ru' | 'ua', MessageKey> = {
  ru: 'compare.side.ru',
  ua: 'compare.side.ua',
};

/** Text helpers in the active language. */
function words(t: Translate, lang: Lang) {
  const km2 = (value: number) => t('panel.compare.km2', { km2: formatNumber(value, lang) });
  return {
    km2,
    /** "+12 km²", "−3 km²", "±0 km²": whole km². */
    signedKm2: (value: number) => {
      const rounded = Math.round(value);
      const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
      return `${sign}${km2(Math.abs(rounded))}`;
    },
    /** "held by Ukraine", "claims disagree (latest claim: Russia)", "unclaimed". */
    reading: (reading: Reading) => {
      if (reading.status === null) return t('panel.compare.reading.unclaimed');
      const status = t(STATUS_KEYS[reading.status]);
      return reading.status === 'disputed' && reading.lean
        ? t('panel.compare.reading.latest', { status, side: t(SIDE_KEYS[reading.lean]) })
        : status;
    },
    holder: (holder: Side) =>
      holder === 'contested' ? t('panel.compare.reading.contested') : t(STATUS_KEYS[holder]),
  };
}

type Words = ReturnType<typeof words>;

/** Fetches the area series for the km² per side; null until it arrives or when it cannot. */
function useAreaSeries(): AreaSeriesFile | null | 'loading' {
  const [file, setFile] = useState<AreaSeriesFile | null | 'loading'>('loading');
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
function AreaTable({ rows, w, t }: { rows: AreaChange[]; w: Words; t: Translate }) {
  return (
    <table className="cp-areas" data-testid="compare-km2">
      <caption className="ep-muted">{t('panel.compare.areaCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('panel.compare.colSide')}</th>
          <th scope="col">{t('panel.compare.colBefore')}</th>
          <th scope="col">{t('panel.compare.colAfter')}</th>
          <th scope="col">{t('panel.compare.colChange')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.group}>
            <th scope="row">{t(GROUP_KEYS[row.group])}</th>
            <td>{w.km2(row.before.km2)}</td>
            <td>{w.km2(row.after.km2)}</td>
            <td>{w.signedKm2(row.deltaKm2)}</td>
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
  w,
  t,
  lang,
}: {
  change: PlaceChange;
  index: EvidenceIndex;
  onSelect: (id: string) => void;
  w: Words;
  t: Translate;
  lang: Lang;
}) {
  const place = index.places.get(change.place);
  return (
    <li className="ep-card" data-testid="compare-change" data-place={change.place}>
      <button type="button" className="ep-link-button" onClick={() => onSelect(change.place)}>
        {placeName(index, change.place)}
        {place ? ` (${place.names.native})` : ''}
      </button>
      <p className="ep-muted">
        {w.reading(change.before)} → {w.reading(change.after)} ·{' '}
        {change.km2 === null
          ? t('panel.compare.notDrawn')
          : t('panel.compare.cell', { km2: formatNumber(change.km2, lang, 1) })}
      </p>
      <ul className="ep-list">
        {change.claims.map((claim) => (
          <li key={claim.id}>
            <p className="ep-claim__sentence">
              {t('panel.compare.claim', {
                claimant: claimantName(index, claim.claimant),
                state: w.holder(claim.holder),
                date: formatDay(parseIsoDay(claim.from) ?? 0, lang),
              })}
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
  const day = useShownDay();
  const compareDay = useAppStore((s) => s.compareDay) ?? day;
  const view = useAppStore((s) => s.view);
  const zones = useAppStore((s) => s.zones);
  const selectPlace = useAppStore((s) => s.selectPlace);
  const series = useAreaSeries();
  const uid = useId();
  const t = useT();
  const lang = useLang();
  const w = words(t, lang);
  const { from, to } = orderedDays(compareDay, day);
  const changes = useMemo(
    () => (zones ? placeChanges(zones, index.dataset.claims, view, from, to) : []),
    [zones, index, view, from, to],
  );
  const sides = [sideChanges(changes, 'ru'), sideChanges(changes, 'ua')];
  const viewName = view === COMBINED_VIEW ? t('compare.view.combined') : claimantName(index, view);
  return (
    <section className="ep-section cp" data-testid="compare-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>
        {t('panel.compare.title', { from: formatDay(from, lang), to: formatDay(to, lang) })}
      </h2>
      <p className="ep-muted">{t('panel.compare.intro', { view: viewName })}</p>
      <ul className="cp-sides" data-testid="compare-sides">
        {sides.map((side) => (
          <li key={side.side}>
            {t('panel.compare.side', {
              side: t(SIDE_KEYS[side.side]),
              gained: t('panel.compare.settlements', { count: side.gained.length }),
              gainedKm2: w.km2(side.gainedKm2),
              lost: t('panel.compare.settlements', { count: side.lost.length }),
              lostKm2: w.km2(side.lostKm2),
            })}
          </li>
        ))}
      </ul>
      {series === 'loading' && <p className="ep-muted">{t('panel.compare.loadingSeries')}</p>}
      {series === null && <p className="ep-notice">{t('panel.compare.seriesError')}</p>}
      {series !== 'loading' && series !== null && (
        <AreaTable rows={areaChanges(series.views[view], from, to)} w={w} t={t} />
      )}
      {changes.length === 0 && <p className="ep-muted">{t('panel.compare.none')}</p>}
      {CHANGE_KINDS.map((kind) => {
        const list = changes.filter((change) => change.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} data-testid={`compare-${kind}`} aria-labelledby={`${uid}-${kind}`}>
            <h3 id={`${uid}-${kind}`} className="cp-kind">
              <span className={`change-swatch change-swatch--${kind}`} aria-hidden="true" />
              {t('panel.compare.kindCount', {
                kind: t(CHANGE_NAME_KEYS[kind]),
                count: list.length,
              })}
            </h3>
            <ul className="ep-list">
              {list.map((change) => (
                <ChangeItem
                  key={change.place}
                  change={change}
                  index={index}
                  onSelect={selectPlace}
                  w={w}
                  t={t}
                  lang={lang}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
