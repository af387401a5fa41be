import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { toDayNumber } from '../data/dates';
import type { Dataset } from '../data/schema';
import { makeFixtureDataset } from '../test/fixtures';
import { buildZoneData } from '../zones/zone-data';
import { EvidencePanel } from './EvidencePanel';
import { renderPanel } from '../test/render-panel';
import { LIST_PAGE } from './PlaceList';

const XSS = '<img src=x onerror=alert(1)>';
const RU_QUOTE =
  'The Russian Defense Ministry claimed to have “liberated” Sudzha, along with two other settlements in the border area.';

describe('<EvidencePanel /> place status', () => {
  it('shows only the Ukrainian claim on 12 Mar 2025', () => {
    renderPanel({ date: '2025-03-12', placeId: 'sudzha' });
    const status = screen.getByTestId('claim-status');
    expect(status).toHaveTextContent(
      'Commander-in-Chief of the Armed Forces of Ukraine claims: held by Ukraine since 15 Aug 2024',
    );
    expect(status).not.toHaveTextContent('Russian Defence Ministry');
    expect(within(status).queryByText(/claims disagree/i)).toBeNull();
  });

  it('puts both claims side by side with a disagreement badge on 13 Mar 2025', () => {
    renderPanel({ date: '2025-03-13', placeId: 'sudzha' });
    const status = screen.getByTestId('claim-status');
    expect(within(status).getByText('Claims disagree')).toBeVisible();
    const cards = within(status)
      .getAllByRole('listitem')
      .filter((li) => li.matches('.ep-claim'));
    expect(cards.map((card) => card.querySelector('.ep-claim__sentence')?.textContent)).toEqual([
      'Russian Defence Ministry claims: held by Russia since 13 Mar 2025',
      'Commander-in-Chief of the Armed Forces of Ukraine claims: held by Ukraine since 15 Aug 2024',
    ]);
  });

  it('quotes the excerpt verbatim and links its source', () => {
    renderPanel({ date: '2025-03-13', placeId: 'sudzha' });
    const quote = screen.getByText(RU_QUOTE);
    expect(quote.tagName).toBe('BLOCKQUOTE');
    const figure = quote.closest('figure')!;
    const link = within(figure).getByRole('link', {
      name: 'Putin open to talks but questions Ukraine truce plan',
    });
    expect(link).toHaveAttribute(
      'href',
      'https://topstorygenz.com/putin-open-to-talks-but-questions-ukraine-truce-plan',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(figure).toHaveTextContent('topstorygenz.com');
    expect(figure).toHaveTextContent('published approx. 14 Mar 2025');
  });

  it('lists the full history oldest first and marks entries after the selected date', () => {
    renderPanel({ date: '2025-03-12', placeId: 'sudzha' });
    const entries = screen.getAllByTestId('history-entry');
    expect(entries.map((entry) => entry.querySelector('.ep-entry__date')?.textContent)).toEqual([
      '15 Aug 2024',
      '13 Mar 2025',
    ]);
    expect(
      entries.map((entry) => within(entry).queryByText('After selected date') !== null),
    ).toEqual([false, true]);
  });

  it('leads with the claims and shows each claim once, inside the event that made it', () => {
    renderPanel({ date: '2025-03-13', placeId: 'sudzha' });
    const panel = screen.getByTestId('place-panel');
    const headings = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings[0]).toMatch(/^Claimed status as of/);
    expect(headings[1]).toBe('History on record');
    expect(headings[headings.length - 1]).toBe('Names, location and record sources');
    expect(panel).not.toHaveTextContent('Control claim record');
    const [first] = screen.getAllByTestId('history-entry');
    expect(first).toHaveTextContent(/claims: held by Ukraine since 15 Aug 2024/);
  });

  it('moves the timeline when "Go to this date" is pressed', async () => {
    const user = userEvent.setup();
    const store = renderPanel({ date: '2025-03-13', placeId: 'sudzha' });
    const first = screen.getAllByTestId('history-entry')[0]!;
    await user.click(within(first).getByRole('button', { name: 'Go to this date, 15 Aug 2024' }));
    expect(store.getState().day).toBe(toDayNumber('2024-08-15'));
    // The panel follows the store's day a frame later (ShownDayProvider).
    await waitFor(() =>
      expect(screen.getByTestId('claim-status')).not.toHaveTextContent('Russian Defence Ministry'),
    );
  });

  it('words the evacuation order from the record', () => {
    renderPanel({
      date: '2025-03-13',
      placeId: 'myropillia',
      edit: (dataset) => {
        const order = dataset.evacuations[0]!;
        order.people = 1204;
        order.settlements.count = 5;
      },
    });
    expect(
      screen.getByText(
        'Evacuation order, 13 Mar 2025, by Sumy Oblast Military Administration: 5 settlements in ' +
          'the Myropillia hromada (names not published), 1,204 people',
      ),
    ).toBeInTheDocument();
  });

  it('shows no evacuation order before it was issued', () => {
    renderPanel({ date: '2025-03-12', placeId: 'myropillia' });
    expect(screen.queryByText(/^Evacuation order,/)).toBeNull();
    expect(screen.getByText(/No evacuation order covering this place/)).toBeInTheDocument();
  });

  it('cites the coordinate and marks approximate dates', () => {
    renderPanel({
      placeId: 'sudzha',
      edit: (dataset) => {
        dataset.events[0]!.datePrecision = 'approximate';
      },
    });
    const panel = screen.getByTestId('place-panel');
    expect(panel).toHaveTextContent('51.1914° N, 35.2706° E — precision to the second (DMS)');
    expect(
      within(panel).getByRole('link', { name: 'en.wikipedia infobox (mirror)' }),
    ).toHaveAttribute('href', 'https://wikimili.com/en/Sudzha');
    const [first, second] = screen.getAllByTestId('history-entry');
    expect(first!.querySelector('.ep-entry__date')).toHaveTextContent('approx. 15 Aug 2024');
    expect(second!.querySelector('.ep-entry__date')).toHaveTextContent(/^13 Mar 2025$/);
  });
});

/** The fixture with `count` more unlocated villages (Village 0001, …), all in Kursk oblast. */
function withVillages(count: number) {
  return (dataset: Dataset) => {
    const template = dataset.places.find((place) => place.id === 'melovoy')!;
    for (let i = 1; i <= count; i += 1) {
      const n = String(i).padStart(4, '0');
      dataset.places.push({
        ...template,
        id: `village-${n}`,
        names: { en: `Village ${n}`, native: `Село ${n}`, variants: [] },
      });
    }
  };
}

describe('<EvidencePanel deferred />', () => {
  it('says it is loading, and lists nothing, until the page lets it render', () => {
    const store = createAppStore({ day: toDayNumber('2025-03-13') });
    store.getState().setLoaded(makeFixtureDataset(), []);
    const { rerender } = render(
      <StoreProvider store={store}>
        <EvidencePanel deferred />
      </StoreProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading evidence…');
    expect(screen.queryByTestId('place-list')).toBeNull();
    rerender(
      <StoreProvider store={store}>
        <EvidencePanel />
      </StoreProvider>,
    );
    expect(screen.getByTestId('place-list')).toBeInTheDocument();
  });
});

describe('<EvidencePanel /> place list', () => {
  it('lists a long list a page at a time, with the rest a click or a search away', async () => {
    const user = userEvent.setup();
    renderPanel({ edit: withVillages(450) });
    const list = screen.getByTestId('place-list');
    const options = () => within(list).getAllByRole('option');
    expect(options()).toHaveLength(LIST_PAGE);
    expect(within(list).getByText(/of 453 places/)).toBeInTheDocument();
    await user.click(
      within(list).getByRole('button', { name: 'Show 200 more (253 not listed yet)' }),
    );
    expect(options()).toHaveLength(2 * LIST_PAGE);
    await user.click(
      within(list).getByRole('button', { name: 'Show 53 more (53 not listed yet)' }),
    );
    expect(options()).toHaveLength(453);
    expect(within(list).queryByRole('button', { name: /^Show/ })).toBeNull();
    const search = within(list).getByRole('combobox', { name: 'Search places' });
    await user.type(search, 'Village 0449');
    expect(
      options().map((option) => option.querySelector('.ep-place__name')?.textContent),
    ).toContain('Village 0449');
  });

  it('lists the entry the arrow keys reach past the first page', async () => {
    const user = userEvent.setup();
    renderPanel({ edit: withVillages(450) });
    const list = screen.getByTestId('place-list');
    await user.click(within(list).getByRole('combobox', { name: 'Search places' }));
    await user.keyboard('{ArrowDown>201/}');
    const combobox = within(list).getByRole('combobox', { name: 'Search places' });
    const active = document.getElementById(combobox.getAttribute('aria-activedescendant') ?? '');
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(within(list).getAllByRole('option')).toHaveLength(LIST_PAGE + 1);
    // 201 key presses, each re-rendering a 200-entry list in happy-dom: ~5 s on a slow machine,
    // over the default timeout (a time limit for the run, not a measure of speed).
  }, 30_000);

  it('lists every place, with unlocated ones marked as not drawn', () => {
    renderPanel();
    const list = screen.getByTestId('place-list');
    const melovoy = within(list).getByRole('option', { name: /Melovoy/ });
    expect(melovoy).toHaveTextContent('no sourced coordinate — not drawn');
    expect(melovoy).not.toHaveTextContent('No sourced coordinate.');
    expect(within(list).getByRole('option', { name: /Sudzha/ })).not.toHaveTextContent('not drawn');
    expect(within(list).getByRole('group', { name: 'Russia' })).toBeInTheDocument();
    expect(within(list).getByRole('group', { name: 'Ukraine' })).toBeInTheDocument();
  });

  it('finds a place by its Cyrillic name and opens it on click', async () => {
    const user = userEvent.setup();
    const store = renderPanel();
    await user.type(screen.getByRole('combobox', { name: 'Search places' }), 'Суджа');
    const buttons = within(screen.getByTestId('place-list')).getAllByRole('option');
    expect(buttons.map((button) => button.querySelector('.ep-place__name')?.textContent)).toEqual([
      'Sudzha',
    ]);
    await user.click(buttons[0]!);
    expect(store.getState().selectedPlaceId).toBe('sudzha');
    expect(screen.getByTestId('place-panel')).toBeInTheDocument();
  });

  it('finds a place by a variant spelling', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.type(screen.getByRole('combobox', { name: 'Search places' }), 'myropillya');
    const list = screen.getByTestId('place-list');
    expect(
      within(list)
        .getAllByRole('option')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('Myropillia')]);
  });

  it('returns to the list from a place with the back button', async () => {
    const user = userEvent.setup();
    const store = renderPanel({ placeId: 'melovoy' });
    expect(screen.getByTestId('place-panel')).toHaveTextContent(
      'No sourced coordinate: listed, not drawn. No sourced coordinate.',
    );
    await user.click(screen.getByRole('button', { name: 'Back to all places' }));
    expect(store.getState().selectedPlaceId).toBeNull();
    expect(screen.getByTestId('place-list')).toBeInTheDocument();
  });
});

describe('<EvidencePanel /> zone', () => {
  it('gives the view, side, settlements and km² of a zone and the claims behind it', async () => {
    const user = userEvent.setup();
    const store = renderPanel({ date: '2025-03-13' });
    const { dataset } = store.getState();
    const sudzha = dataset!.places.find((place) => place.id === 'sudzha')!.location!;
    const ring = [
      [35, 51],
      [35.1, 51],
      [35, 51.1],
      [35, 51],
    ];
    const zones = buildZoneData(dataset!, {
      maxRadiusKm: 4,
      cells: {
        sudzha: {
          site: [sudzha.lon, sudzha.lat],
          geometry: { type: 'Polygon', coordinates: [ring] },
          areaKm2: 41.6,
        },
      },
    });
    store.getState().setLoaded(dataset!, [], zones);
    store.getState().selectZone({ view: 'ru-mod', status: 'ru' });
    const zone = await screen.findByTestId('zone-panel');
    expect(zone).toHaveTextContent('Russian Defence Ministry: held by Russia');
    expect(zone).toHaveTextContent(/On 13 Mar 2025: 1 settlement, 42 km².*not a front line/);
    expect(zone).toHaveTextContent(/not drawn.*Melovoy/);
    expect(within(zone).getAllByRole('link', { name: /Putin open to talks/ })).toHaveLength(2);
    await user.click(within(zone).getByRole('button', { name: /Sudzha/ }));
    expect(store.getState().selectedPlaceId).toBe('sudzha');
  });
});

describe('<EvidencePanel /> untrusted text', () => {
  it('renders markup in names and quotes as literal text', () => {
    renderPanel({
      placeId: 'sudzha',
      edit: (dataset) => {
        dataset.places[0]!.names.en = `Sudzha ${XSS}`;
        dataset.events[1]!.excerpts[0]!.quote = XSS;
        dataset.events[1]!.summary = XSS;
      },
    });
    const panel = screen.getByTestId('evidence-panel');
    expect(within(panel).getByRole('heading', { name: `Sudzha ${XSS}` })).toBeInTheDocument();
    expect(within(panel).getByText(XSS, { selector: 'blockquote' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('does not turn a javascript: source URL into a link', () => {
    renderPanel({
      placeId: 'sudzha',
      edit: (dataset) => {
        dataset.sources[0]!.url = 'javascript:alert(1)';
      },
    });
    const quote = screen.getByText(RU_QUOTE).closest('figure')!;
    expect(within(quote).queryByRole('link')).toBeNull();
    expect(
      within(quote).getByText('Putin open to talks but questions Ukraine truce plan'),
    ).toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('<EvidencePanel /> area figures', () => {
  it('lists published figures up to the selected day as reported', () => {
    renderPanel({ date: '2024-08-15' });
    expect(
      screen.getByText(
        /15 Aug 2024: Commander-in-Chief of the Armed Forces of Ukraine reported about 1,150 km², 82 settlements/,
      ),
    ).toBeInTheDocument();
  });

  it('hides figures published after the selected day', () => {
    renderPanel({ date: '2024-08-14' });
    expect(screen.queryByText(/1,150 km²/)).toBeNull();
  });
});
