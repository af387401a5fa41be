import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Kept, Problem } from '../src/data/record-rules';
import type { PlaceRule } from '../src/data/validate-dataset';
import type { LandPolygons } from '../src/zones/build/cells';

/** Two located places closer than this are one place recorded twice, or a copied coordinate. */
export const MIN_PLACE_SPACING_M = 300;

/** Metres per degree of latitude, rounded down so the latitude window never misses a pair. */
const METRES_PER_DEGREE_LAT = 110_000;

function add(problems: Map<string, Problem[]>, id: string, problem: Problem): void {
  problems.set(id, [...(problems.get(id) ?? []), problem]);
}

/**
 * A place whose point lies in the other state's land polygon: a swapped lat/lon or a homonym's
 * coordinate. A point in neither polygon (a sliver along the simplified border) is not judged;
 * the operation-area box already catches points far off.
 */
function wrongSideProblems(
  places: readonly Kept<'places'>[],
  countries: LandPolygons,
): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>();
  for (const { id, record } of places) {
    const { location, country } = record;
    if (!location) continue;
    const side = countries.features.find((feature) =>
      booleanPointInPolygon([location.lon, location.lat], feature),
    )?.properties.country;
    if (side !== undefined && side !== country) {
      add(problems, id, {
        field: 'location',
        message: `lies in ${side}, but country is ${country} (swapped lat/lon or a homonym?)`,
      });
    }
  }
  return problems;
}

/**
 * Pairs of located places closer than {@link MIN_PLACE_SPACING_M}; the later one in file order is
 * rejected, naming the earlier. A sweep in latitude order keeps this linear for spread-out points.
 */
function spacingProblems(places: readonly Kept<'places'>[]): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>();
  const located = places
    .flatMap(({ index, id, record }) =>
      record.location ? [{ index, id, ...record.location }] : [],
    )
    .sort((a, b) => a.lat - b.lat);
  const window = MIN_PLACE_SPACING_M / METRES_PER_DEGREE_LAT;
  located.forEach((place, i) => {
    for (let j = i - 1; j >= 0; j -= 1) {
      const other = located[j];
      if (!other || place.lat - other.lat > window) break;
      const metres = distance([place.lon, place.lat], [other.lon, other.lat], { units: 'meters' });
      if (metres >= MIN_PLACE_SPACING_M) continue;
      const [first, later] = place.index < other.index ? [place, other] : [other, place];
      add(problems, later.id, {
        field: 'location',
        message: `${Math.round(metres)} m from place "${first.id}" (closer than ${MIN_PLACE_SPACING_M} m: the same place twice, or a copied coordinate?)`,
      });
    }
  });
  return problems;
}

/**
 * The place rules that need geometry (turf and the basemap's border), so they run where the data
 * is checked and built, never in the page: each located place on its own country's side, and no two
 * places within {@link MIN_PLACE_SPACING_M}.
 */
export function geometryPlaceRule(countries: LandPolygons): PlaceRule {
  return (places) => {
    const problems = wrongSideProblems(places, countries);
    for (const [id, found] of spacingProblems(places)) {
      for (const problem of found) add(problems, id, problem);
    }
    return problems;
  };
}
