import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../data/schema';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { makeFixtureDataset } from '../test/fixtures';
import { PlaceList } from './PlaceList';

afterEach(cleanup);

/** `count` copies of a fixture place, each with its own id and name. */
function manyPlaces(count: number): Place[] {
  const [template] = makeFixtureDataset().places;
  if (!template) throw new Error('the fixture has no place');
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `place-${i}`,
    country: 'UA',
    names: { ...template.names, en: `Place ${i}` },
  }));
}

function renderList(places: readonly Place[]) {
  return render(
    <StoreProvider store={createAppStore({ day: 0 })}>
      <PlaceList
        places={places}
        onSelect={() => undefined}
        listId="list"
        statusOf={() => undefined}
      />
    </StoreProvider>,
  );
}

describe('<PlaceList /> length', () => {
  it('lists a short list in one run, every entry laid out', () => {
    const { container } = renderList(manyPlaces(44));
    expect(container.querySelectorAll('ul.ep-places')).toHaveLength(1);
    expect(container.querySelectorAll('.ep-places--long')).toHaveLength(0);
    expect(screen.getAllByRole('option')).toHaveLength(44);
  });

  it('cuts a long list into skippable runs of 100 entries, none lost', () => {
    const { container } = renderList(manyPlaces(2_550));
    const runs = [...container.querySelectorAll('ul.ep-places--long')];
    expect(runs.map((run) => run.querySelectorAll('[role="option"]').length)).toEqual([
      ...Array<number>(25).fill(100),
      50,
    ]);
    const names = screen.getAllByRole('option').map((option) => option.id);
    expect(names).toHaveLength(2_550);
    expect(new Set(names).size).toBe(2_550);
  });
});
