import type { Strings } from './strings.js';

export default {
  retry: 'Opnieuw proberen',
  newTab: '(opent in een nieuw tabblad)',
  news: { heading: 'Nieuws', loading: 'Nieuws wordt geladen…', empty: 'Nog geen nieuws.', more: 'Meer tonen' },
  card: {
    loading: 'Centrum wordt geladen…',
    empty: 'Nog geen centra.',
    notFound: (id) => `Er staat geen centrum ‘${id}’ in de gegevens.`,
    excluded: (id) => `Het centrum ‘${id}’ staat in de gegevens, maar kan niet worden getoond.`,
    choose: 'Kies een centrum op de kaart.',
    open: 'Geopend',
    planned: 'Gepland',
    status: 'Status',
    city: 'Stad',
    country: 'Land',
    opened: 'Opening',
    founders: 'Oprichters',
    partners: 'Partners',
    focus: 'Speerpunten',
    source: 'Bron',
    unresolved: 'Locatie niet vastgesteld',
  },
  map: {
    label: 'Kaart van de innovatiecentra van Shenzhen in het buitenland',
    list: 'Lijst van centra',
    loading: 'Kaart wordt geladen…',
    empty: 'Nog geen centra.',
    open: 'geopend',
    planned: 'gepland',
    unresolved: 'locatie niet vastgesteld',
    cluster: (count, names) =>
      `${count} ${new Intl.PluralRules('nl').select(count) === 'one' ? 'centrum' : 'centra'}: ${names} – inzoomen`,
    reset: 'Hele kaart tonen',
    origin: 'Shenzhen',
    links: 'Lijnen op de kaart verbinden Shenzhen met elk geopend centrum.',
  },
  problems: {
    stale: (date) => `Opgeslagen kopie van ${date}; mogelijk niet meer actueel.`,
    failedLoad: 'De gegevens konden niet worden geladen.',
    failedCors:
      'De gegevens konden niet worden geladen. Mogelijk staat de site waar ze staan niet toe dat andere sites ze lezen.',
    failedFormat: 'De gegevens hebben een indeling die deze widget niet kan lezen.',
    failedAddress: 'Het adres van de gegevens is ongeldig.',
  },
} satisfies Strings;
