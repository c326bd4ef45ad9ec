import type { NewsStrings } from '../strings.js';

// The news list's English, bundled with it.
export const news: NewsStrings = {
  heading: 'News',
  loading: 'Loading news…',
  empty: 'No news yet.',
  more: 'Show more',
};
