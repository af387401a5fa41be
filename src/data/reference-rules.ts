import type { Kind } from './data-files';
import type { Problem, RecordOf } from './record-rules';

/** A link from one record to another by id. */
interface Reference {
  field: string;
  target: Kind;
  id: string;
  /**
   * The record stands without this link: a claim or order whose event is missing or rejected keeps
   * its own sources, so it is still drawn and only the link is dropped (and reported).
   */
  optional?: true;
}

const one = (field: string, target: Kind, id: string | undefined): Reference[] =>
  id === undefined ? [] : [{ field, target, id }];

/** The `event` link of a claim or order: see {@link Reference.optional}. */
const eventLink = (id: string | undefined): Reference[] =>
  one('event', 'events', id).map((ref): Reference => ({ ...ref, optional: true }));

const many = (field: string, target: Kind, ids: readonly string[]): Reference[] =>
  ids.map((id, i) => ({ field: `${field}.${i}`, target, id }));

/** Every id a record points at, with the field it sits in; the one place the links are listed. */
const REFERENCES: { [K in Kind]: (record: RecordOf<K>) => Reference[] } = {
  claimants: () => [],
  sources: () => [],
  places: () => [],
  events: (e) => [
    ...one('actor', 'claimants', e.actor),
    ...many('places', 'places', e.places),
    ...many('citations', 'sources', e.citations),
    ...e.excerpts.flatMap((x, i) => one(`excerpts.${i}.sourceId`, 'sources', x.sourceId)),
  ],
  claims: (c) => [
    ...one('claimant', 'claimants', c.claimant),
    ...one('place', 'places', c.place),
    ...many('sources', 'sources', c.sources),
    ...eventLink(c.event),
  ],
  evacuations: (o) => [
    ...one('authority', 'claimants', o.authority),
    ...many('area.hromadas', 'places', o.area.hromadas),
    ...many('settlements.named', 'places', o.settlements.named),
    ...many('sources', 'sources', o.sources),
    ...eventLink(o.event),
  ],
  areaFigures: (a) => [
    ...one('claimant', 'claimants', a.claimant),
    ...many('sources', 'sources', a.sources),
  ],
};

const NOUN: Record<Kind, string> = {
  claimants: 'claimant',
  sources: 'source',
  places: 'place',
  events: 'event',
  claims: 'claim',
  evacuations: 'evacuation order',
  areaFigures: 'area figure',
};

/** Ids per kind that were kept, ids that existed but were rejected, and files that were unreadable. */
export interface IdIndex {
  kept: Record<Kind, Set<string>>;
  rejected: Record<Kind, Set<string>>;
  unreadable: Map<Kind, string>;
}

/**
 * Unknown and rejected references. Kinds are checked in dependency order by the caller, so a
 * record pointing at a rejected record is rejected too and nothing on the map dangles; the message
 * says which, because "unknown" would send a contributor hunting for a record that does exist.
 * An optional link's problem is marked `dropsLink`: the caller keeps the record without it.
 */
export function referenceProblems<K extends Kind>(
  kind: K,
  record: RecordOf<K>,
  ids: IdIndex,
): Problem[] {
  const problems: Problem[] = [];
  for (const { field, target, id, optional } of REFERENCES[kind](record)) {
    if (ids.kept[target].has(id)) continue;
    const unreadable = ids.unreadable.get(target);
    const message = ids.rejected[target].has(id)
      ? `references rejected ${NOUN[target]} "${id}"`
      : unreadable !== undefined
        ? `unknown ${NOUN[target]} "${id}" (${unreadable} could not be read)`
        : `unknown ${NOUN[target]} "${id}"`;
    problems.push(optional ? { field, message, dropsLink: true } : { field, message });
  }
  return problems;
}
