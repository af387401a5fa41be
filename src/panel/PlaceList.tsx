import { useId, useMemo, useState } from 'react';
import type { Place } from '../data/schema';
import { searchPlaces } from '../evidence/place-search';

const COUNTRIES = [
  { code: 'UA', label: 'Ukraine' },
  { code: 'RU', label: 'Russia' },
] as const;

/**
 * Every place on record, located or not, searchable by any spelling. Unlocated places are listed
 * here because the map cannot show them.
 */
export function PlaceList({
  places,
  onSelect,
}: {
  places: readonly Place[];
  onSelect: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchPlaces(places, query), [places, query]);
  const uid = useId();
  return (
    <section
      data-testid="place-list"
      className="ep-section"
      aria-labelledby={`${uid}-list-heading`}
    >
      <h2 id={`${uid}-list-heading`}>All places</h2>
      <input
        type="search"
        className="ep-search"
        aria-label="Search places"
        aria-describedby={`${uid}-count`}
        placeholder="Search: Sudzha, Суджа, Myropillya…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p id={`${uid}-count`} className="ep-muted" aria-live="polite">
        {matches.length === 0
          ? `No place matches “${query.trim()}”.`
          : `${matches.length} of ${places.length} places`}
      </p>
      {COUNTRIES.map(({ code, label }) => {
        const group = matches.filter((place) => place.country === code);
        if (group.length === 0) return null;
        return (
          <div key={code} className="ep-group">
            <h3>{label}</h3>
            <ul className="ep-places">
              {group.map((place) => (
                <li key={place.id}>
                  <button type="button" className="ep-place" onClick={() => onSelect(place.id)}>
                    <span className="ep-place__name">{place.names.en}</span>
                    <span className="ep-place__native">{place.names.native}</span>
                    <span className="ep-place__admin">{place.oblast}</span>
                    {!place.location && (
                      // What is known of its position is in the place's own panel: 130 such
                      // notes in the list would bury the names.
                      <span className="ep-place__unlocated">no sourced coordinate — not drawn</span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
