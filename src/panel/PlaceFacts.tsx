import type { Place } from '../data/schema';
import { safeHref } from './source-link';
import { ClampedText } from './ClampedText';
import { formatNumber } from '../i18n/format';
import { useWords } from '../i18n/use-t';
import { oblastName } from '../i18n/words';

const COUNTRY_KEY = { UA: 'side.ua', RU: 'side.ru' } as const;

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
  const { t, lang } = useWords();
  const admin = [
    place.hromada,
    place.raion,
    oblastName(t, place.oblast),
    t(COUNTRY_KEY[place.country]),
  ].filter((part): part is string => Boolean(part));
  const { location } = place;
  return (
    <dl className="ep-facts">
      <dt>{t('panel.facts.native')}</dt>
      <dd lang={place.country === 'UA' ? 'uk' : 'ru'}>{place.names.native}</dd>
      {place.names.variants.length > 0 && (
        <>
          <dt>{t('panel.facts.variants')}</dt>
          <dd>{place.names.variants.join(', ')}</dd>
        </>
      )}
      <dt>{t('panel.facts.admin')}</dt>
      <dd>{admin.join(', ')}</dd>
      <dt>{t('panel.facts.location')}</dt>
      {location ? (
        <dd>
          {t('panel.facts.coordinate', {
            lat: formatNumber(location.lat, lang, 4),
            lon: formatNumber(location.lon, lang, 4),
            precision: t(`panel.facts.precision.${location.precision}`),
          })}{' '}
          <span className="ep-facts__citation">
            <MaybeLink url={location.citation.url}>{location.citation.text}</MaybeLink>
          </span>
        </dd>
      ) : (
        <dd className="ep-unlocated">
          {t('panel.facts.unlocated')}
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
          <dt>{t('panel.facts.sources')}</dt>
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
