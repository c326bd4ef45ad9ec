// The shape of one language's interface text, in sections. Each language but English is one
// module with every section (src/i18n/<lang>.ts), loaded when a widget speaks it. English, the
// fallback, is one module per section (src/i18n/en/), bundled with the code that shows it.

/** What every element says. */
export interface CommonStrings {
  retry: string;
  newTab: string;
}

/** What the status line says after a failed load, or while a saved copy is shown. */
export interface ProblemStrings {
  /** Shown with a date: data from an earlier visit that the network did not confirm (yet). */
  stale: (date: string) => string;
  failedLoad: string;
  /** A cross-origin request failed while the browser is online: most often the other site's CORS rules. */
  failedCors: string;
  failedFormat: string;
  failedAddress: string;
}

export interface NewsStrings {
  heading: string;
  loading: string;
  empty: string;
  more: string;
}

export interface CardStrings {
  loading: string;
  empty: string;
  notFound: (id: string) => string;
  /** The id is in the data, but its record breaks a rule and was left out. */
  excluded: (id: string) => string;
  /** A card with no centre chosen yet (for example one wired to a map). */
  choose: string;
  open: string;
  planned: string;
  status: string;
  city: string;
  country: string;
  opened: string;
  founders: string;
  partners: string;
  focus: string;
  source: string;
  unresolved: string;
}

export interface MapStrings {
  label: string;
  list: string;
  loading: string;
  empty: string;
  open: string;
  planned: string;
  unresolved: string;
  /** A group marker's name: how many centres, which, and what activating it does. */
  cluster: (count: number, names: string) => string;
  reset: string;
  /** The city the centres come from, marked on the map with `show-origin`. */
  origin: string;
  /** Said once to screen readers when the links from the origin are drawn. */
  links: string;
}

export interface Strings extends CommonStrings {
  news: NewsStrings;
  card: CardStrings;
  map: MapStrings;
  problems: ProblemStrings;
}

/** The sections of a language, each registered in English by the code that shows it. */
export type Section = 'news' | 'card' | 'map' | 'problems';
