// English, the fallback every element carries. The other languages load on demand (one small
// chunk each), so a page only downloads the language its visitors read.
const en = {
  retry: 'Retry',
  /** Shown with a date: data from an earlier visit that the network did not confirm (yet). */
  stale: (date: string) => `Saved copy from ${date}; it may be out of date.`,
  failedLoad: 'The data could not be loaded.',
  failedFormat: 'The data is not in a format this widget can read.',
  failedAddress: 'The data address is not valid.',
  newTab: '(opens in a new tab)',
  news: { heading: 'News', loading: 'Loading news…', empty: 'No news yet.', more: 'Show more' },
};

export type Strings = typeof en;
export default en;
