import type { ProblemStrings } from '../strings.js';

// What the status line says after a failed load or while a saved copy is shown, in English:
// bundled with the data flow, the only code that leads there.
export const problems: ProblemStrings = {
  stale: (date) => `Saved copy from ${date}; it may be out of date.`,
  failedLoad: 'The data could not be loaded.',
  failedCors: 'The data could not be loaded: its site may not let other sites read it.',
  failedFormat: 'The data is not in a format this widget can read.',
  failedAddress: 'The data address is not valid.',
};
