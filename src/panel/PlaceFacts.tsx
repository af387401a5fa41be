import type { Place } from '../data/schema';
import { safeHref } from './source-link';
import { ClampedText } from './ClampedText';

const PRECISION_LABEL = {
  second: 'to the second (DMS)',
  'arc-minute': 'to the arc-minute (±~1 km)',
  geonames: 'GeoNames point',
} as const;

const COUNTRY_LABEL = { UA: 'Ukraine', RU: 'Russia' } as const;

/** Text, linked only when the URL is a web address. */
function MaybeLink({ url, children }: { url: string | undefined; children: string }) {
  const href = url === undefined ? null : safeHref(url);
  if (!href) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/**
 * A place's names, administrative units and where its coordinate comes from. Unlocated places say
 * so in words: they are listed here but never drawn on the map.
 */
export function PlaceFacts({ place }: { place: Place }) {
  const admin = [place.hromada, place.raion, place.oblast, COUNTRY_LABEL[place.country]].filter(
    (part): part is string => Boolean(part),
  );
  const { location } = place;
  return (
    <dl className="ep-facts">
      <dt>Native name</dt>
      <dd lang={place.country === 'UA' ? 'uk' : 'ru'}>{place.names.native}</dd>
      {place.names.variants.length > 0 && (
        <>
          <dt>Also spelled</dt>
          <dd>{place.names.variants.join(', ')}</dd>
        </>
      )}
      <dt>Administrative unit</dt>
      <dd>{admin.join(', ')}</dd>
      <dt>Location</dt>
      {location ? (
        <dd>
          {location.lat.toFixed(4)}° N, {location.lon.toFixed(4)}° E — precision{' '}
          {PRECISION_LABEL[location.precision]}; coordinate from{' '}
          <MaybeLink url={location.citation.url}>{location.citation.text}</MaybeLink>
        </dd>
      ) : (
        <dd className="ep-unlocated">
          No sourced coordinate: listed, not drawn.
          {place.locationNote && (
            <>
              {' '}
              <ClampedText as="span" text={place.locationNote} />
            </>
          )}
        </dd>
      )}
      {place.citations.length > 0 && (
        <>
          <dt>Record sources</dt>
          <dd>
            <ul className="ep-sources">
              {place.citations.map((url) => (
                <li key={url}>
                  <MaybeLink url={url}>{url}</MaybeLink>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
