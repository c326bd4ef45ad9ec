import type { CommonStrings } from '../strings.js';

// What every element says, in English: the fallback, bundled with the base element.
export const common: CommonStrings = {
  retry: 'Retry',
  newTab: '(opens in a new tab)',
};
