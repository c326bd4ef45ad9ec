// English: the strings every element shares. Each element registers its own English section
// (see shared/strings.ts), so a page with one element carries only that element's strings.
// The other languages load on demand, one small chunk each, with every section in it.
export const common = {
  retry: 'Retry',
  /** Shown with a date: data from an earlier visit that the network did not confirm (yet). */
  stale: (date: string) => `Saved copy from ${date}; it may be out of date.`,
  failedLoad: 'The data could not be loaded.',
  /** A cross-origin request failed while the browser is online: most often the other site's CORS rules. */
  failedCors: 'The data could not be loaded: its site may not let other sites read it.',
  failedFormat: 'The data is not in a format this widget can read.',
  failedAddress: 'The data address is not valid.',
  newTab: '(opens in a new tab)',
};

export interface Strings {
  retry: string;
  stale: (date: string) => string;
  failedLoad: string;
  failedCors: string;
  failedFormat: string;
  failedAddress: string;
  newTab: string;
  news: { heading: string; loading: string; empty: string; more: string };
  card: {
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
  };
  map: {
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
  };
}
