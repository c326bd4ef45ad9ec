// Prints plain closing lines: "N passed, N failed" for each browser, then the total, so a CI log
// says at a glance how many tests ran, and where.
function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
        const totals = byBrowser.get(name);
        count(session.testResults, totals);
        // A file that failed to load has errors but no results: count it as a failure.
        if (!session.testResults && !session.passed) totals.failed++;
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      console.log(`\nBrowser tests (${[...byBrowser.keys()].join(', ')}):`);
      for (const [name, totals] of byBrowser) {
        console.log(`  ${name}: ${line(totals)}`);
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      console.log(line(all));
    },
  };
}
