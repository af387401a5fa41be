import type { Dataset } from '../../src/data/schema';
import { areaSeries, type AreaRow } from '../../src/zones/area-series';
import type { LandPolygons } from '../../src/zones/build/cells';
import { buildZoneModel, type ZoneModel } from '../../src/zones/build/zone-model';

/** The area series of the zone model: every view, status and state at every change day. */
export function buildAreaRows(
  dataset: Pick<Dataset, 'places' | 'claims'>,
  land: LandPolygons,
): AreaRow[] {
  return areaRowsOf(dataset, buildZoneModel(dataset, land));
}

/** The area series of a zone model already built (the derived files share one). */
export function areaRowsOf(dataset: Pick<Dataset, 'places'>, model: ZoneModel): AreaRow[] {
  const country = new Map(dataset.places.map((place) => [place.id, place.country]));
  const cells = model.cells.flatMap((cell) => {
    const state = country.get(cell.properties.place);
    return state
      ? [{ place: cell.properties.place, country: state, areaKm2: cell.properties.areaKm2 }]
      : [];
  });
  return areaSeries(cells, model.views);
}
