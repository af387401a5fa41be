import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Place } from '../src/data/schema';
import type { Site } from '../src/zones/sites';
import { spacingStats } from '../src/zones/spacing';

/**
 * Measures what the zone tessellation's max radius should be chosen from: the nearest-neighbour
 * distances between located settlements, per state (src/zones/README-method.md).
 *
 *   npx tsx scripts/zone-params.ts [--places data/places.json]
 */
const { values } = parseArgs({
  options: { places: { type: 'string', default: 'data/places.json' } },
  strict: true,
});

const places = z.array(Place).parse(JSON.parse(readFileSync(values.places, 'utf8')));
const sites: Site[] = places.flatMap(({ id, country, location }) =>
  location ? [{ id, country, lon: location.lon, lat: location.lat }] : [],
);

const km = (value: number) => value.toFixed(2).padStart(8);
console.log(`${values.places}: ${places.length} places, ${sites.length} located`);
console.log('nearest-neighbour distance between located settlements of one state (km)');
console.log('state  sites   median      p90      max');
for (const stats of spacingStats(sites)) {
  console.log(
    `${stats.country.padEnd(5)}  ${String(stats.sites).padStart(5)} ${km(stats.medianKm)} ${km(stats.p90Km)} ${km(stats.maxKm)}`,
  );
}
