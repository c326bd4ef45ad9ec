import type { Strings } from './en.js';

export default {
  retry: 'Erneut versuchen',
  stale: (date) => `Gespeicherte Kopie vom ${date}; sie ist möglicherweise veraltet.`,
  failedLoad: 'Die Daten konnten nicht geladen werden.',
  failedFormat: 'Die Daten liegen in einem Format vor, das dieses Widget nicht lesen kann.',
  failedAddress: 'Die Datenadresse ist ungültig.',
  newTab: '(öffnet in einem neuen Tab)',
  news: { heading: 'Neuigkeiten', loading: 'Neuigkeiten werden geladen…', empty: 'Noch keine Neuigkeiten.', more: 'Mehr anzeigen' },
  card: {
    loading: 'Zentrum wird geladen…',
    empty: 'Noch keine Zentren.',
    notFound: (id) => `Kein Zentrum „${id}“ in den Daten.`,
    open: 'Eröffnet',
    planned: 'Geplant',
    status: 'Status',
    city: 'Stadt',
    country: 'Land',
    opened: 'Eröffnung',
    founders: 'Gründer',
    partners: 'Partner',
    focus: 'Schwerpunkte',
    source: 'Quelle',
    unresolved: 'Ort nicht ermittelt',
  },
} satisfies Strings;
