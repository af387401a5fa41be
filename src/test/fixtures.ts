import type { Dataset } from '../data/schema';

/**
 * A tiny, self-consistent dataset for unit and component tests. Its records are test data shaped
 * like the real ones (see data/), not evidence; each test gets a fresh deep copy.
 */
export function makeFixtureDataset(): Dataset {
  return structuredClone(FIXTURE);
}

const FIXTURE: Dataset = {
  claimants: [
    { id: 'ru-mod', name: 'Russian Defence Ministry', affiliation: 'ru', kind: 'military' },
    {
      id: 'ua-commander-in-chief',
      name: 'Commander-in-Chief of the Armed Forces of Ukraine',
      affiliation: 'ua',
      kind: 'military',
    },
    {
      id: 'sumy-ova',
      name: 'Sumy Oblast Military Administration',
      affiliation: 'ua',
      kind: 'government',
    },
  ],
  sources: [
    {
      id: 'seed-000',
      outlet: 'topstorygenz.com',
      title: 'Putin open to talks but questions Ukraine truce plan',
      url: 'https://topstorygenz.com/putin-open-to-talks-but-questions-ukraine-truce-plan',
      published: '2025-03-14',
      publishedPrecision: 'approximate',
      language: 'en',
      kind: 'news-report',
      archiveFile: '000_f9e88a5db594bd6d.txt',
    },
    {
      id: 'censor-2024-08-15',
      outlet: 'Censor.NET',
      title: 'Zelensky held a Stavka meeting',
      url: 'https://censor.net/en/news/3504909/example',
      published: '2024-08-15',
      publishedPrecision: 'day',
      language: 'en',
      kind: 'news-report',
    },
  ],
  places: [
    {
      id: 'sudzha',
      names: { en: 'Sudzha', native: 'Суджа', variants: ['Sudzhа'] },
      country: 'RU',
      oblast: 'Kursk Oblast',
      kind: 'town',
      location: {
        lon: 35.2706,
        lat: 51.1914,
        precision: 'second',
        citation: { text: 'en.wikipedia infobox (mirror)', url: 'https://wikimili.com/en/Sudzha' },
      },
      citations: ['https://wikimili.com/en/Sudzha'],
    },
    {
      id: 'melovoy',
      names: { en: 'Melovoy', native: 'Меловой', variants: ['Melovoi', 'Melovaya'] },
      country: 'RU',
      oblast: 'Kursk Oblast',
      kind: 'village',
      location: null,
      locationNote: 'No sourced coordinate.',
      citations: [],
    },
    {
      id: 'myropillia',
      names: { en: 'Myropillia', native: 'Миропілля', variants: ['Myropillya'] },
      country: 'UA',
      oblast: 'Sumy Oblast',
      raion: 'Sumy Raion',
      hromada: 'Myropillia rural hromada',
      kind: 'village',
      location: {
        lon: 35.2586,
        lat: 51.0236,
        precision: 'second',
        citation: {
          text: 'en.wikipedia infobox',
          url: 'http://en.wikipedia.org/wiki/Myropillia,_Sumy_Oblast',
        },
      },
      citations: [],
    },
  ],
  events: [
    {
      id: 'ev-2024-08-15-sudzha-ua',
      date: '2024-08-15',
      datePrecision: 'day',
      kind: 'control-claim',
      actor: 'ua-commander-in-chief',
      places: ['sudzha'],
      summary: 'Ukraine’s commander-in-chief reported Sudzha cleared.',
      excerpts: [],
      citations: ['censor-2024-08-15'],
    },
    {
      id: 'ev-2025-03-13-sudzha-ru',
      date: '2025-03-13',
      datePrecision: 'day',
      kind: 'control-claim',
      actor: 'ru-mod',
      places: ['sudzha', 'melovoy'],
      summary: 'The Russian Defence Ministry claimed Sudzha and two other settlements.',
      excerpts: [
        {
          sourceId: 'seed-000',
          quote:
            'The Russian Defense Ministry claimed to have “liberated” Sudzha, along with two other settlements in the border area.',
        },
      ],
      citations: ['seed-000'],
    },
    {
      id: 'ev-2025-03-13-evacuation',
      date: '2025-03-13',
      datePrecision: 'day',
      kind: 'evacuation-order',
      actor: 'sumy-ova',
      places: ['myropillia'],
      summary: 'Sumy oblast ordered the mandatory evacuation of eight settlements.',
      excerpts: [],
      citations: ['seed-000'],
    },
  ],
  claims: [
    {
      id: 'cl-sudzha-ua-2024-08-15',
      claimant: 'ua-commander-in-chief',
      place: 'sudzha',
      holder: 'ua',
      from: '2024-08-15',
      datePrecision: 'day',
      sources: ['censor-2024-08-15'],
      event: 'ev-2024-08-15-sudzha-ua',
    },
    {
      id: 'cl-sudzha-ru-2025-03-13',
      claimant: 'ru-mod',
      place: 'sudzha',
      holder: 'ru',
      from: '2025-03-13',
      datePrecision: 'day',
      sources: ['seed-000'],
      event: 'ev-2025-03-13-sudzha-ru',
    },
    {
      id: 'cl-melovoy-ru-2025-03-13',
      claimant: 'ru-mod',
      place: 'melovoy',
      holder: 'ru',
      from: '2025-03-13',
      datePrecision: 'day',
      sources: ['seed-000'],
      event: 'ev-2025-03-13-sudzha-ru',
    },
  ],
  evacuations: [
    {
      id: 'evac-2025-03-13-sumy',
      date: '2025-03-13',
      datePrecision: 'day',
      authority: 'sumy-ova',
      area: { oblast: 'Sumy Oblast', raion: 'Sumy Raion', hromadas: ['myropillia'] },
      settlements: { named: [], count: 8 },
      people: 543,
      summary: 'Mandatory evacuation of eight unnamed settlements.',
      sources: ['seed-000'],
      event: 'ev-2025-03-13-evacuation',
    },
  ],
  areaFigures: [
    {
      id: 'area-2024-08-15-syrskyi',
      date: '2024-08-15',
      datePrecision: 'day',
      claimant: 'ua-commander-in-chief',
      km2: 1150,
      qualifier: 'about',
      settlements: 82,
      sources: ['censor-2024-08-15'],
    },
  ],
};
