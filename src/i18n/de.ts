import type { Strings } from './strings.js';

export default {
  retry: 'Erneut versuchen',
  newTab: '(öffnet in einem neuen Tab)',
  news: {
    heading: 'Neuigkeiten',
    loading: 'Neuigkeiten werden geladen…',
    empty: 'Noch keine Neuigkeiten.',
    more: 'Mehr anzeigen',
  },
  card: {
    loading: 'Zentrum wird geladen…',
    empty: 'Noch keine Zentren.',
    notFound: (id) => `Kein Zentrum „${id}“ in den Daten.`,
    excluded: (id) => `Das Zentrum „${id}“ ist in den Daten enthalten, kann aber nicht angezeigt werden.`,
    choose: 'Wählen Sie auf der Karte ein Zentrum aus.',
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
  map: {
    label: 'Karte der Innovationszentren Shenzhens im Ausland',
    list: 'Liste der Zentren',
    loading: 'Karte wird geladen…',
    empty: 'Noch keine Zentren.',
    open: 'eröffnet',
    planned: 'geplant',
    unresolved: 'Ort nicht ermittelt',
    cluster: (count, names) =>
      `${count} ${new Intl.PluralRules('de').select(count) === 'one' ? 'Zentrum' : 'Zentren'}: ${names} – vergrößern`,
    reset: 'Ganze Karte zeigen',
    origin: 'Shenzhen',
    links: 'Linien auf der Karte verbinden Shenzhen mit jedem eröffneten Zentrum.',
  },
  problems: {
    stale: (date) => `Gespeicherte Kopie vom ${date}; sie ist möglicherweise veraltet.`,
    failedLoad: 'Die Daten konnten nicht geladen werden.',
    failedCors:
      'Die Daten konnten nicht geladen werden. Möglicherweise erlaubt die Website, auf der sie liegen, anderen Websites nicht, sie zu lesen.',
    failedFormat: 'Die Daten liegen in einem Format vor, das dieses Widget nicht lesen kann.',
    failedAddress: 'Die Datenadresse ist ungültig.',
  },
} satisfies Strings;
