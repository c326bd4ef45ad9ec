/* global window, document, requestAnimationFrame */
// (e) and (f): the demo page over its whole life — load, first render, the map's first drawing,
// selecting a centre, a resize from 1280 to 375 px, switching language — against the same page
// without widgets, with the CPU throttled. What the main thread went through (long tasks, and
// which of them ran the package's code) and how much the layout moved while the page loaded.
import { summarize } from './stats.mjs';
import { throttledPage } from './browser.mjs';
import { sourceOf } from './sourcemap.mjs';

/** Blocking time of one task: what a long task holds the main thread beyond 50 ms. */
const BLOCKING_FROM = 50;
/** The language switches of the scenario, in order: a site's switcher flipping `<html lang>`. */
const LANGS = ['zh-Hans', 'he'];

/**
 * Injected before any script of the page. Starts from a cold visit (no offline copy in
 * localStorage, as a first visitor), and keeps every long task, long animation frame (with the
 * scripts the browser names in it) and layout shift from the first byte on.
 */
function observeLife() {
  try {
    localStorage.clear();
  } catch {
    // no storage: nothing to clear
  }
  const life = (window.__life = { tasks: [], frames: [], shifts: [], loaf: false });
  const observe = (type, keep) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return false;
    new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({ type, buffered: true });
    return true;
  };
  observe('longtask', (e) => life.tasks.push({ start: e.startTime, duration: e.duration }));
  // The Long Animation Frames API names, for each long frame, every script callback of 5 ms or
  // more that ran in it (module evaluation, event handler, promise continuation, timer…) with the
  // URL of its source, and when the frame's rendering began: how a long task is told to be the
  // package's (see attribute()).
  life.loaf = observe('long-animation-frame', (e) =>
    life.frames.push({
      start: e.startTime,
      end: e.startTime + e.duration,
      renderStart: e.renderStart,
      scripts: e.scripts.map((s) => ({
        start: s.startTime,
        duration: s.duration,
        url: s.sourceURL,
        position: s.sourceCharPosition,
        invoker: s.invoker,
        type: s.invokerType,
      })),
    }),
  );
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : '(removed)';
    const section = node.closest('section[id], aside[id]');
    const own = `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
    return section && section !== node ? `${own} in #${section.id}` : own;
  };
  observe('layout-shift', (e) =>
    life.shifts.push({
      start: e.startTime,
      value: e.value,
      hadRecentInput: e.hadRecentInput,
      // Which element moved, and from where to where (its top in the viewport; an element moved
      // out of the viewport has an empty rectangle).
      sources: e.sources.map((s) => {
        const y = (r) => (r.height ? `y ${Math.round(r.y)}` : 'out of view');
        return `${describe(s.node)}: ${y(s.previousRect)} → ${y(s.currentRect)}`;
      }),
    }),
  );
}

/** In the page: every sz-* element shows its data (not a skeleton, not loading) in the language it should. */
export function widgetsShown() {
  const widgets = [...document.querySelectorAll('sz-news-list, sz-center-card, sz-center-map')];
  const content = { 'sz-news-list': 'item', 'sz-center-card': 'name', 'sz-center-map': 'marker' };
  return widgets.every((el) => {
    const root = el.shadowRoot;
    const base = root?.querySelector('[part~="base"]');
    if (!base || base.getAttribute('aria-busy') !== 'false' || root.querySelector('[part~="skeleton"]')) return false;
    if (!root.querySelector(`[part~="${content[el.localName]}"]`)) return false;
    // The widget resolves its language from the nearest lang attribute, canonicalised.
    const declared = el.closest('[lang]')?.getAttribute('lang') || 'en';
    return base.getAttribute('lang') === Intl.getCanonicalLocales(declared)[0];
  });
}

const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * One life of one page in a fresh tab at 1280×800. Every step starts with a performance.mark, so
 * each long task can be placed in the step it started in. Steps that need a widget (selecting a
 * centre) are skipped on the page without widgets; every other step does the same on both.
 */
async function live(browser, url, rate, withWidgets) {
  const { page } = await throttledPage(browser, rate);
  try {
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument(observeLife);
    const mark = (name) => page.evaluate((n) => performance.mark(`life:${n}`), name);
    const settle = () => page.evaluate(twoFrames);
    const shown = () => page.waitForFunction(widgetsShown, { timeout: 60_000, polling: 100 });

    // load: navigation → every widget shows its data (the map drawn, its markers on screen).
    await page.goto(url, { waitUntil: 'load' });
    if (withWidgets) await shown();
    await settle();
    await mark('loaded');

    // select: the map's section scrolled into view on both pages; then, with widgets, a real
    // click (trusted mouse events) on a marker of one centre that is not already selected, until
    // the map and its linked card show it.
    await mark('select');
    await page.evaluate(() => document.getElementById('map')?.scrollIntoView());
    let selected = null;
    if (withWidgets) {
      const marker = await page.evaluateHandle(() => {
        const map = document.querySelector('sz-center-map');
        const buttons = [...map.shadowRoot.querySelectorAll('[part~="marker"]')];
        return buttons.find((b) => !b.dataset.id.includes(' ') && b.dataset.id !== map.selected) ?? null;
      });
      selected = await marker.evaluate((b) => b?.dataset.id ?? null);
      if (!selected) throw new Error(`${url}: no marker of a single unselected centre to click`);
      await marker.asElement().click();
      await page.waitForFunction(
        (id) => {
          const map = document.querySelector('sz-center-map');
          const card = map && document.getElementById(map.getAttribute('for'));
          return map.selected === id && (card?.center?.id ?? card?.center) === id;
        },
        { timeout: 30_000, polling: 100 },
        selected,
      );
      await page.evaluate(() =>
        Promise.all([...document.querySelectorAll('sz-center-map, sz-center-card')].map((el) => el.updateComplete)),
      );
    }
    await settle();

    // resize: the viewport from 1280 to 375 px wide, then two frames.
    await mark('resize');
    await page.setViewport({ width: 375, height: 800 });
    await settle();

    // language: <html lang> to each language in turn, until every widget speaks it (the
    // widgets with a lang of their own or in a section with one keep theirs).
    for (const lang of LANGS) {
      await mark(`lang-${lang}`);
      await page.evaluate((l) => (document.documentElement.lang = l), lang);
      if (withWidgets) await shown();
      await settle();
    }

    // The last long tasks are reported after they end: one more task and two frames.
    await mark('end');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await settle();
    const life = await page.evaluate(() => ({
      ...window.__life,
      marks: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('life:'))
        .map((m) => ({ name: m.name.slice('life:'.length), start: m.startTime })),
    }));
    return { ...life, selected };
  } finally {
    await page.close();
  }
}

/** CLS as Lighthouse and web-vitals count it: the largest session window (1 s gap, 5 s at most) of shifts without recent input. */
export function cls(shifts) {
  let worst = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.start - b.start)) {
    if (s.hadRecentInput) continue;
    if (s.start - last > 1000 || s.start - first > 5000) {
      current = 0;
      first = s.start;
    }
    current += s.value;
    last = s.start;
    worst = Math.max(worst, current);
  }
  return worst;
}

/**
 * Splits one life's long tasks into the package's and the rest. A long task is the package's
 *
 * - `script`: when a script of the package ran in it: a Long Animation Frames script entry
 *   starting within the task whose source is under `/dist/` — or, on a page with no script of its
 *   own (the demo page), an event listener whose source the browser does not name: Lit listens
 *   through objects with a `handleEvent` method, which the API reports without a URL, and no
 *   other code on such a page listens to anything. The whole task counts, with the style, layout
 *   and paint that followed the script in it;
 * - `rendering`: else, when it holds the rendering of a long frame in which a script of the
 *   package ran (a task of its own after the script's task: the style, layout and paint of what
 *   the script changed).
 *
 * Each task also gets the step it started in, and its longest package script is named by its
 * source file (through the build's source maps) as the place to look first.
 */
function attribute(life, { origin, distDir, ownScripts }) {
  const marks = [...life.marks].sort((a, b) => a.start - b.start);
  const stepOf = (t) => {
    let step = 'load';
    for (const m of marks) if (m.start <= t && m.name !== 'loaded') step = m.name;
    return step;
  };
  const isPackage = (s) =>
    s.url?.startsWith(`${origin}/dist/`) || (!ownScripts && !s.url && s.type === 'event-listener');
  const scripts = life.frames.flatMap((f) => f.scripts);
  const named = (s) => {
    const path = s.url ? new URL(s.url).pathname : '';
    return {
      url: path,
      source: sourceOf(distDir, path, s.position),
      invoker: s.invoker.replace(origin, ''),
      type: s.type,
      duration: Math.round(s.duration),
    };
  };
  // 1 ms of slack before the task (the two APIs round their times differently), none at its end,
  // where the next task may begin.
  const within = (t, start, end) => t >= start - 1 && t < end;
  return life.tasks.map((task) => {
    const end = task.start + task.duration;
    const inside = scripts.filter((s) => within(s.start, task.start, end));
    const ours = inside.filter(isPackage).sort((a, b) => b.duration - a.duration);
    // The frame whose rendering this task holds, if a script of the package ran in that frame.
    const frame = ours.length
      ? undefined
      : life.frames.find(
          (f) =>
            f.renderStart > 0 &&
            within(f.renderStart, task.start, end) &&
            // …in an earlier task of the frame: this one has none of it.
            f.scripts.some((s) => isPackage(s) && s.start < task.start),
        );
    const cause = frame?.scripts.filter(isPackage).sort((a, b) => b.duration - a.duration)[0];
    return {
      start: Math.round(task.start),
      duration: Math.round(task.duration),
      step: stepOf(task.start),
      package: ours.length ? 'script' : frame ? 'rendering' : false,
      script: ours[0] ? named(ours[0]) : cause ? named(cause) : inside[0] ? named(inside[0]) : undefined,
      // Every script the browser named in the task, for results.json.
      scripts: inside.map(named),
    };
  });
}

const blocking = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - BLOCKING_FROM), 0);
const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));

/** Before the first input: the load phase, up to the 'loaded' mark (every widget showing its data). */
function loadShifts(life) {
  const loaded = life.marks.find((m) => m.name === 'loaded')?.start ?? Infinity;
  return life.shifts.filter((s) => s.start < loaded && !s.hadRecentInput);
}

/**
 * (e) and (f): `runs` lives of the demo page and of the same page without widgets, alternating
 * (the order flips every round), after `warmup` rounds.
 */
export async function pageLife(browser, origin, { rate, runs, warmup, demoPath = '/', barePath, distDir, ownScripts }) {
  const variants = { widgets: [`${origin}${demoPath}`, true], bare: [`${origin}${barePath}`, false] };
  const raw = { widgets: [], bare: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const kinds = Object.keys(variants);
    for (const kind of i % 2 ? kinds.reverse() : kinds) {
      const [url, withWidgets] = variants[kind];
      const life = await live(browser, url, rate, withWidgets);
      if (!life.loaf && kind === 'widgets')
        throw new Error('this Chromium has no Long Animation Frames API: long tasks cannot be attributed');
      if (i < warmup) continue;
      const tasks = attribute(life, { origin, distDir, ownScripts });
      const ours = tasks.filter((t) => t.package);
      const shifts = loadShifts(life);
      const loaded = life.marks.find((m) => m.name === 'loaded')?.start;
      raw[kind].push({
        tasks,
        longest: longest(tasks),
        longestPackage: longest(ours),
        longestOther: longest(tasks.filter((t) => !t.package)),
        tbt: blocking(tasks),
        tbtPackage: blocking(ours),
        tbtByStep: Object.fromEntries(
          ['load', 'select', 'resize', ...LANGS.map((l) => `lang-${l}`)].map((step) => [
            step,
            blocking(tasks.filter((t) => t.step === step)),
          ]),
        ),
        cls: cls(shifts),
        shifts: shifts.map((s) => ({ ...s, start: Math.round(s.start), value: Math.round(s.value * 1e4) / 1e4 })),
        loadedAt: loaded === undefined ? undefined : Math.round(loaded),
        selected: life.selected,
      });
    }
  }
  const pick = (kind, key) => summarize(raw[kind].map((r) => r[key]));
  const out = { rate, langs: LANGS, blockingFrom: BLOCKING_FROM };
  for (const kind of Object.keys(variants)) {
    out[kind] = {
      url: variants[kind][0].slice(origin.length),
      longest: pick(kind, 'longest'),
      longestPackage: pick(kind, 'longestPackage'),
      longestOther: pick(kind, 'longestOther'),
      tbt: pick(kind, 'tbt'),
      tbtPackage: pick(kind, 'tbtPackage'),
      tbtByStep: Object.fromEntries(
        Object.keys(raw[kind][0].tbtByStep).map((step) => [step, summarize(raw[kind].map((r) => r.tbtByStep[step]))]),
      ),
      longTasks: summarize(raw[kind].map((r) => r.tasks.length)),
      cls: summarize(
        raw[kind].map((r) => r.cls),
        4,
      ),
      loadedAt: pick(kind, 'loadedAt'),
      runs: raw[kind],
    };
  }
  // The blocking time the widgets add, round by round (the two pages ran back to back).
  out.tbtAdded = summarize(raw.widgets.map((r, i) => r.tbt - raw.bare[i].tbt));
  // The run whose package task was the median's: its longest task, step and script, as an example.
  const byLongest = [...raw.widgets].sort((a, b) => a.longestPackage - b.longestPackage);
  const typical = byLongest[Math.floor((byLongest.length - 1) / 2)];
  out.typicalLongest = typical.tasks.filter((t) => t.package).sort((a, b) => b.duration - a.duration)[0] ?? null;
  out.typicalShifts = [...raw.widgets].sort((a, b) => a.cls - b.cls)[Math.floor((raw.widgets.length - 1) / 2)].shifts;
  return out;
}
