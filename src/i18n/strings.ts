// The shape of one language's interface text: what every element says. Each language is one
// module with every section (src/i18n/<lang>.ts); English is en.ts, bundled with the elements.

/** What every element says about its data. */
export interface CommonStrings {
  retry: string;
  /** Shown with a date: data from an earlier visit that the network did not confirm (yet). */
  stale: (date: string) => string;
  failedLoad: string;
  /** A cross-origin request failed while the browser is online: most often the other site's CORS rules. */
  failedCors: string;
  failedFormat: string;
  failedAddress: string;
  newTab: string;
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
}

export interface Strings extends CommonStrings {
  news: NewsStrings;
  card: CardStrings;
  map: MapStrings;
}

/** The element sections of a language. */
export type Section = 'news' | 'card' | 'map';
