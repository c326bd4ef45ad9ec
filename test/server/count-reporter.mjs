// Prints one plain closing line, "N passed, N failed", counted over every browser, so a CI log
// says at a glance how many tests ran.
function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has errors but no results: count it as a failure.
        if (!session.testResults && !session.passed) totals.failed++;
      }
      const browsers = [...new Set(sessions.map((s) => s.browser.name))].join(', ');
      console.log(`\nBrowser tests (${browsers}):`);
      console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}
