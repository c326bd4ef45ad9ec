// Median, min and max of a list of timings, and the ratio of two medians.
// `decimals`: timings keep one; a layout-shift score needs four.
export function summarize(values, decimals = 1) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const round = (x) => Math.round(x * 10 ** decimals) / 10 ** decimals;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted[n - 1]),
    runs: n,
    values: values.map(round),
  };
}

export const ratio = (a, b) => Math.round((a.median / b.median) * 100) / 100;
