import type { Dataset, Place } from '../data/schema';

/** A state code, as on places and on the basemap's land polygons. */
export type Country = Place['country'];

/** A located settlement: the seed of one cell. */
export interface Site {
  id: string;
  lon: number;
  lat: number;
  country: Country;
}

/** The located settlements as tessellation sites, in data order. */
export function zoneSites(dataset: Pick<Dataset, 'places'>): Site[] {
  return dataset.places.flatMap((place) =>
    place.location
      ? [{ id: place.id, lon: place.location.lon, lat: place.location.lat, country: place.country }]
      : [],
  );
}
