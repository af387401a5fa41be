import type { Lang } from '../i18n/langs';
import { placeName as localName } from '../i18n/words';
import type { Claimant, Dataset, Place, Source } from '../data/schema';

/** The dataset with id look-ups, built once per load and passed down the panel. */
export interface EvidenceIndex {
  dataset: Dataset;
  places: Map<string, Place>;
  sources: Map<string, Source>;
  claimants: Map<string, Claimant>;
}

/** Indexes records by id so each panel row does not scan whole arrays. */
export function buildEvidenceIndex(dataset: Dataset): EvidenceIndex {
  return {
    dataset,
    places: new Map(dataset.places.map((place) => [place.id, place])),
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
    claimants: new Map(dataset.claimants.map((claimant) => [claimant.id, claimant])),
  };
}

/** A claimant's display name; the raw id if the record is missing, so nothing is silently hidden. */
export function claimantName(index: EvidenceIndex, id: string): string {
  return index.claimants.get(id)?.name ?? id;
}

/** A place's name in `lang` (see i18n's placeName), or its id when the record is missing. */
export function placeName(index: EvidenceIndex, id: string, lang: Lang = 'en'): string {
  const place = index.places.get(id);
  return place ? localName(place, lang) : id;
}
