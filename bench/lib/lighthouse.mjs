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

/** Of several runs of one page, the run with the median performance score, every run's scores beside it. */
function median(all) {
  const sorted = [...all].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...middle, runs: all.length, allScores: all.map((r) => r.scores), allMetrics: all.map((r) => r.metrics) };
}

/**
 * `runs` Lighthouse runs of `url`, each in a fresh browser; returns the run with the median
 * performance score, with every run's scores beside it. Never throws: a failure is `{ error }`.
 */
export async function runLighthouse(url, runs = 1) {
  return (await runLighthouseSeries([url], runs))[0];
}

/**
 * `runs` rounds over `urls`, one run of each page per round: pages compared with each other then
 * see the same changes in the machine's load. One result per URL, as runLighthouse's.
 */
export async function runLighthouseSeries(urls, runs = 1) {
  const all = urls.map(() => []);
  const failed = urls.map(() => undefined);
  for (let i = 0; i < runs; i++) {
    for (const [k, url] of urls.entries()) {
      if (failed[k]) continue;
      const one = await runOnce(url);
      if (one.error) failed[k] = one;
      else all[k].push(one);
    }
  }
  return urls.map((url, k) => failed[k] ?? median(all[k]));
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
