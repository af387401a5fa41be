import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toDayNumber } from '../../data/dates';
import { buildEvidenceIndex } from '../../evidence/evidence-index';
import { createAppStore, type AppStore } from '../../state/store';
import { StoreProvider } from '../../state/store-context';
import { makeFixtureDataset } from '../../test/fixtures';
import type { AreaSeriesFile } from '../../zones/area-series-schema';
import type { UPlotChartProps } from './UPlotChart';
import { AreaChart } from './AreaChart';

/** The canvas chart is stubbed: it renders its props and offers buttons for its two callbacks. */
vi.mock('./UPlotChart', () => ({
  default: (props: UPlotChartProps) => (
    <div
      data-testid="plot"
      data-day={props.day}
      data-columns={props.columns.length}
      data-imported={props.imported?.lines.length ?? 0}
    >
      <button type="button" onClick={() => props.onDay(props.range.min + 10)}>
        click the plot
      </button>
      {props.points[0] && (
        <button type="button" onClick={() => props.onFigure(props.points[0]!)}>
          click a figure
        </button>
      )}
    </div>
  ),
}));

const AUG_8 = toDayNumber('2024-08-08');
const FILE: AreaSeriesFile = {
  views: {
    all: {
      days: [AUG_8, AUG_8 + 30],
      columns: [
        { status: 'ua', country: 'RU', km2: [120.4, 80], settlements: [3, 2] },
        { status: 'ru-implied', country: 'RU', km2: [50, 0], settlements: [1, 0] },
        { status: 'ua', country: 'UA', km2: [999, 999], settlements: [9, 9] },
      ],
    },
  },
};

let fetched: string[] = [];
beforeEach(() => {
  fetched = [];
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    return Promise.resolve(new Response(JSON.stringify(FILE)));
  });
});

function mountChart(date: string, mapDrawn: boolean): AppStore {
  const dataset = makeFixtureDataset();
  const store = createAppStore({ day: toDayNumber(date) });
  store.getState().setLoaded(dataset, []);
  if (mapDrawn) store.getState().setFirstViewDrawn();
  const index = buildEvidenceIndex(dataset);
  const Bound = () => <AreaChart day={store.getState().day} index={index} />;
  render(
    <StoreProvider store={store}>
      <Bound />
    </StoreProvider>,
  );
  return store;
}

async function renderChart(date: string): Promise<AppStore> {
  const store = mountChart(date, true);
  await screen.findByTestId('plot');
  return store;
}

describe('<AreaChart />', () => {
  it('draws the plot only once the map has drawn its first view, with the values in text before', async () => {
    const store = mountChart('2024-08-20', false);
    await screen.findByText('Loading the chart…');
    expect(screen.getByTestId('area-chart-now')).toHaveTextContent('Ukraine-held 120 km² (3)');
    expect(screen.queryByTestId('plot')).toBeNull();
    act(() => store.getState().setFirstViewDrawn());
    await screen.findByTestId('plot');
  });

  it('fetches the area series when it mounts and shows the values in Kursk oblast on the date', async () => {
    await renderChart('2024-08-20');
    // With the build's content hashes, which the page's data loader fetched already.
    expect(fetched.sort()).toEqual(['/data/area-series.json', '/data/content-hashes.json']);
    const now = screen.getByTestId('area-chart-now');
    expect(now).toHaveTextContent('Ukraine-held 120 km² (3)');
    expect(now).toHaveTextContent('Russia-held, implied 50 km² (1)');
    expect(now).not.toHaveTextContent('999');
    expect(screen.getByRole('img', { name: /Derived from the claims/ })).toBeInTheDocument();
    expect(screen.getByTestId('plot')).toHaveAttribute(
      'data-day',
      String(toDayNumber('2024-08-20')),
    );
  });

  it('sets the date in the store when the plot reports a click', async () => {
    const store = await renderChart('2024-08-20');
    await act(() => userEvent.click(screen.getByRole('button', { name: 'click the plot' })));
    expect(store.getState().day).not.toBe(toDayNumber('2024-08-20'));
  });

  it('shows a figure’s sources when its point is clicked', async () => {
    await renderChart('2024-08-20');
    await act(() => userEvent.click(screen.getByRole('button', { name: 'click a figure' })));
    const figure = screen.getByTestId('area-chart-figure');
    expect(figure).toHaveTextContent(/reported about [\d,]+ km²/);
    expect(figure.querySelector('a')).toHaveAttribute('href', expect.stringMatching(/^https?:/));
  });

  it('adds the imported snapshots’ km² per side and oblast, labelled as the user’s own', async () => {
    const store = await renderChart('2024-08-20');
    expect(screen.queryByTestId('area-chart-imported')).toBeNull();
    act(() =>
      store.getState().setImportedSnapshots([
        {
          id: 'a|2024-08-15',
          source: '1723680000.geojson',
          date: '2024-08-15',
          dateFrom: 'unix time',
          bytes: 10,
          notes: [],
          areas: {
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                geometry: { type: 'Polygon', coordinates: [] },
                properties: { side: 'ua', label: 'Liberated', km2Kursk: 612.34, km2Sumy: 0 },
              },
            ],
          },
        },
      ]),
    );
    const now = await screen.findByTestId('area-chart-imported');
    expect(now).toHaveTextContent(
      'Assessed, imported by you: Ukraine-held in Kursk Oblast 612.3 km² (snapshot of',
    );
    expect(now).toHaveTextContent('1723680000.geojson');
    expect(screen.getByTestId('area-chart-legend')).toHaveTextContent(
      'Ukraine-held in Kursk Oblast, assessed, imported by you',
    );
    expect(screen.getByTestId('plot')).toHaveAttribute('data-imported', '1');
  });

  it('keeps a table of the derived areas as the text alternative, rendered when opened', async () => {
    const user = userEvent.setup();
    await renderChart('2024-08-20');
    expect(screen.queryAllByRole('row')).toHaveLength(0);
    await user.click(screen.getByText('Table of the derived areas'));
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});
