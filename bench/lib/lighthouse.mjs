// Lighthouse on the demo page, mobile defaults (simulated throttling), in the system Chromium
// started by puppeteer-core with the offline flags; Lighthouse drives that browser's tab.
import lighthouse from 'lighthouse';
import { launch } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Audits that lose points, with the elements they name (performance: the weighted metrics). */
function failures(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => category !== 'performance' || ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
    )
    .map((a) => ({
      id: a.id,
      title: a.title,
      score: a.score,
      displayValue: a.displayValue,
      items: (Array.isArray(a.details?.items) ? a.details.items : []).slice(0, 10).map((it) => {
        const node = it.node ?? it.relatedNode;
        return node
          ? { selector: node.selector, snippet: node.snippet, label: node.nodeLabel, explanation: node.explanation }
          : { url: it.url ?? it.sourceLocation?.url ?? it.source?.url, description: it.description };
      }),
    }));
}

/**
 * `runs` Lighthouse runs of `url`, each in a fresh browser; returns the run with the median
 * performance score, with every run's scores beside it. Never throws: a failure is `{ error }`.
 */
export async function runLighthouse(url, runs = 1) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const one = await runOnce(url);
    if (one.error) return one;
    all.push(one);
  }
  all.sort((a, b) => a.scores.performance - b.scores.performance);
  const median = all[Math.floor((all.length - 1) / 2)];
  return { ...median, runs: all.length, allScores: all.map((r) => r.scores), allMetrics: all.map((r) => r.metrics) };
}

async function runOnce(url) {
  let browser;
  try {
    browser = await launch();
    const page = await browser.browser.newPage();
    const result = await lighthouse(
      url,
      { output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, throttlingMethod: 'simulate' },
      undefined,
      page,
    );
    if (!result?.lhr) throw new Error('Lighthouse returned no report');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return {
      url,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)]),
      ),
      metrics: Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue])),
      failing: Object.fromEntries(CATEGORIES.map((c) => [c, failures(lhr, c)])),
      // Where the main-thread time goes (what Total Blocking Time is made of).
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
        .slice(0, 8)
        .map((t) => ({ url: t.url, startTime: Math.round(t.startTime), duration: Math.round(t.duration) })),
      bootup: (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 8).map((t) => ({
        url: t.url,
        total: Math.round(t.total),
        scripting: Math.round(t.scripting),
        parseCompile: Math.round(t.scriptParseCompile),
      })),
      warnings: lhr.runWarnings,
    };
  } catch (err) {
    return { url, error: err instanceof Error ? err.message : String(err) };
  } finally {
    await browser?.close();
  }
}
