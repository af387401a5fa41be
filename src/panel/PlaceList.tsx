import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Place } from '../data/schema';
import { loadFuzzyMatcher, searchPlaces, type FuzzyMatcher } from '../evidence/place-search';
import type { ZoneStatus } from '../zones/combined-status';
import { useWords } from '../i18n/use-t';
import { oblastName, otherPlaceName, placeName } from '../i18n/words';

const COUNTRIES = [
  { code: 'UA', label: 'side.ua' },
  { code: 'RU', label: 'side.ru' },
] as const;

/**
 * Entries a list shows at first, and how many more each "show more" adds: 10,000 entries cost
 * the page ~0.5 s to render and, even skipped while off screen (content-visibility), ~1.2 s of
 * intersection checks during the map's first frames (traced at scale). The real data fits.
 */
export const LIST_PAGE = 200;

/** The DOM id of a place's option, so focus can come back to it from the place's panel. */
function placeOptionId(listId: string, placeId: string): string {
  return `${listId}-place-${placeId}`;
}

/**
 * Every place on record, located or not, searchable by any spelling: an ARIA combobox whose
 * listbox is the whole list (arrow keys move the highlight, Enter opens the highlighted place,
 * Escape clears the search). Unlocated places are listed here because the map cannot show them.
 * A long list shows {@link LIST_PAGE} entries and more on request; the search covers them all.
 */
export function PlaceList({
  places,
  onSelect,
  listId,
  statusOf,
  returnFocusTo = null,
}: {
  places: readonly Place[];
  onSelect: (id: string) => void;
  /** Stable id of the listbox (options' ids derive from it; see {@link placeOptionId}). */
  listId: string;
  /** Each place's status on the selected day (combined view); undefined when unclaimed. */
  statusOf: (placeId: string) => ZoneStatus | undefined;
  /** The place whose panel was just closed: its entry takes the focus back. */
  returnFocusTo?: string | null;
}) {
  const [query, setQuery] = useState('');
  const { t, lang } = useWords();
  /** A place's status on the day in words, as the legend words it. */
  const statusWords = (status: ZoneStatus | undefined) =>
    t(`panel.list.status.${status ?? 'none'}`);
  // The fuzzy matcher loads on the first keystroke; its near misses join the hits once it is in.
  const [fuzzy, setFuzzy] = useState<FuzzyMatcher>();
  const matches = useMemo(() => searchPlaces(places, query, fuzzy), [places, query, fuzzy]);
  // Listed by country, so the highlight walks them in the order they are shown.
  const ordered = COUNTRIES.flatMap((country) =>
    matches.filter((place) => place.country === country.code),
  );
  // Typing highlights the best hit, so Enter opens it; the arrows move from there.
  const [active, setActive] = useState<number>(-1);
  const best = query.trim() === '' ? -1 : ordered.indexOf(matches[0]!);
  const highlighted = active >= 0 && active < ordered.length ? active : best;
  const activePlace = highlighted >= 0 ? ordered[highlighted] : undefined;
  // The highlighted entry is always listed, so the arrows walk on past the shown ones.
  const [pages, setPages] = useState(1);
  const listed = ordered.slice(0, Math.max(pages * LIST_PAGE, highlighted + 1));
  const hidden = ordered.length - listed.length;
  const groups = COUNTRIES.map((country) => ({
    ...country,
    places: listed.filter((place) => place.country === country.code),
  }));
  useEffect(() => {
    if (!activePlace) return;
    document
      .getElementById(placeOptionId(listId, activePlace.id))
      ?.scrollIntoView({ block: 'nearest' });
  }, [activePlace, listId]);
  useEffect(() => {
    if (!returnFocusTo) return;
    const option = document.getElementById(placeOptionId(listId, returnFocusTo));
    option?.focus({ preventScroll: true });
    option?.scrollIntoView({ block: 'center' });
  }, [returnFocusTo, listId]);
  const uid = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (ordered.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = highlighted < 0 ? (step === 1 ? -1 : ordered.length) : highlighted;
      setActive(Math.min(ordered.length - 1, Math.max(0, from + step)));
    } else if (event.key === 'Enter' && activePlace) {
      event.preventDefault();
      onSelect(activePlace.id);
    } else if (event.key === 'Escape' && (query !== '' || active >= 0)) {
      // Handled here, so Escape clearing the search does not also close anything around it.
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
      setActive(-1);
      setPages(1);
    }
  };

  return (
    <section
      data-testid="place-list"
      className="ep-section"
      aria-labelledby={`${uid}-list-heading`}
    >
      <h2 id={`${uid}-list-heading`}>{t('panel.list.heading')}</h2>
      <input
        type="search"
        role="combobox"
        className="ep-search"
        aria-label={t('panel.list.search')}
        aria-describedby={`${uid}-count`}
        aria-controls={listId}
        aria-expanded={ordered.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={activePlace ? placeOptionId(listId, activePlace.id) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('panel.list.placeholder')}
        value={query}
        onChange={(event) => {
          if (!fuzzy) void loadFuzzyMatcher().then((matcher) => setFuzzy(() => matcher));
          setQuery(event.target.value);
          setActive(-1);
          setPages(1);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${uid}-count`} className="ep-muted" aria-live="polite">
        {matches.length === 0
          ? t('panel.list.noMatch', { query: query.trim() })
          : t('panel.list.count', { matches: matches.length, total: places.length })}
      </p>
      <div id={listId} role="listbox" aria-label={t('panel.list.places')} className="ep-listbox">
        {groups.map(({ code, label, places: group }) => {
          if (group.length === 0) return null;
          return (
            <div key={code} role="group" aria-labelledby={`${uid}-${code}`} className="ep-group">
              <h3 id={`${uid}-${code}`} role="presentation" className="ep-group__label">
                {t(label)}
              </h3>
              <ul className="ep-places" role="presentation">
                {group.map((place) => (
                  <li
                    key={place.id}
                    id={placeOptionId(listId, place.id)}
                    role="option"
                    tabIndex={-1}
                    aria-selected={place === activePlace}
                    className="ep-place"
                    onClick={() => onSelect(place.id)}
                    onKeyDown={(event) => {
                      // Focus comes back here from the place's panel: Enter or Space reopens it.
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onSelect(place.id);
                      }
                    }}
                  >
                    <span className="ep-place__name">{placeName(place, lang)}</span>
                    <span className="ep-place__native">{otherPlaceName(place, lang)}</span>
                    <span className="ep-place__admin">{oblastName(t, place.oblast)}</span>
                    <span className="ep-place__status" data-testid="place-status">
                      {statusWords(statusOf(place.id))}
                    </span>
                    {!place.location && (
                      // What is known of its position is in the place's own panel: 130 such
                      // notes in the list would bury the names.
                      <span className="ep-place__unlocated">{t('panel.list.unlocated')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      {hidden > 0 && (
        <button type="button" className="ep-more" onClick={() => setPages((n) => n + 1)}>
          {t('panel.list.more', { count: Math.min(LIST_PAGE, hidden), hidden })}
        </button>
      )}
    </section>
  );
}
