// Load and lifetime: many widgets, many connect/disconnect cycles, a very long feed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { feed, SLICE_ITEMS } from '../../src/data/feed-item.js';
import { fromJson } from '../../src/data/feed-json.js';
import { fromXml } from '../../src/data/feed-xml.js';
import { parseFeedLazily } from '../../src/data/feed-lazy.js';
import { clearStoredCopies, faultUrl, serverStats, sleep } from '../helpers.js';

type Gc = (options?: { type: 'major'; execution: 'async' }) => Promise<void> | void;

/**
 * A full collection from a task of its own, with no script on the stack (V8's `gc({ execution:
 * 'async' })`). A collection called from script also scans the native stack conservatively, and a
 * stale address left in an unused stack slot then keeps one element or more alive (seen in about
 * one full run in three, a different element each time).
 */
function collectWithoutStack(gc: Gc): Promise<void> {
  return Promise.resolve(gc({ type: 'major', execution: 'async' }));
}

describe('load and lifetime', () => {
  beforeEach(clearStoredCopies);

  // The milliseconds of the longest task are measured by `npm run bench` (d); here, the structure
  // that keeps them small: a wall-clock bound would fail on a busy machine, not on a regression.
  it('parses a long feed in slices of at most SLICE_ITEMS items, pausing between them', () => {
    let mapped = 0;
    let sinceYield = 0;
    let largest = 0;
    let pauses = 0;
    const steps = feed(
      '',
      undefined,
      Array.from({ length: 10_000 }, (_, i) => i),
      (i) => {
        mapped++;
        largest = Math.max(largest, ++sinceYield);
        return { id: String(i), title: `Item ${i}`, url: '', summary: '', tags: [] };
      },
    );
    for (let step = steps.next(); !step.done; step = steps.next()) {
      pauses++;
      sinceYield = 0;
    }
    expect(mapped).to.equal(10_000);
    expect(largest, 'items in the largest slice').to.be.at.most(SLICE_ITEMS);
    expect(pauses).to.be.at.least(10_000 / SLICE_ITEMS - 1);
  });

  it('reads a JSON Feed and an RSS feed through those slices', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, title: `Item ${i}` })),
    });
    const rss = `<rss version="2.0"><channel>${Array.from({ length: 1000 }, (_, i) => `<item><title>Item ${i}</title></item>`).join('')}</channel></rss>`;
    for (const steps of [fromJson(json), fromXml(rss)]) {
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      expect(step.value.items).to.have.length(1000);
      expect(pauses).to.be.at.least(1000 / SLICE_ITEMS - 1);
    }
  });

  it('answers input events while the elements read a 10,000-item feed', async () => {
    const text = await (await fetch(faultUrl({ items: 10_000, type: 'application/feed+json' }).url)).text();
    const input = document.createElement('input');
    document.body.append(input);
    let parsing = true;
    let answered = 0;
    input.addEventListener('input', () => void (answered += parsing ? 1 : 0));
    // An input event in every frame the browser gets to render while the feed is read. (Frames, not
    // timers or tasks: a scheduler.yield() continuation runs ahead of those, never ahead of a frame.)
    const type = () => {
      if (!parsing) return;
      input.dispatchEvent(new InputEvent('input', { data: 'a' }));
      requestAnimationFrame(type);
    };
    requestAnimationFrame(type);
    try {
      const feed = await parseFeedLazily(text, { contentType: 'application/feed+json' });
      parsing = false;
      expect(feed.items).to.have.length(10_000);
      // Read in one piece, the feed holds the main thread from start to end: no frame, no event.
      expect(answered, 'input events answered while the feed was read').to.be.at.least(2);
    } finally {
      parsing = false;
      input.remove();
    }
  });

  it('50 widgets sharing 3 URLs make exactly 3 requests', async () => {
    const news = faultUrl({ path: 'news/alpha.json', delay: 150 });
    const other = faultUrl({ path: 'news/beta.json', delay: 150 });
    const centres = faultUrl({ path: 'datasets/centres.geojson', delay: 150 });
    const wrap = await fixture(html`<div style="width: 600px">
      ${Array.from({ length: 20 }, () => html`<sz-news-list src=${news.url}></sz-news-list>`)}
      ${Array.from({ length: 10 }, () => html`<sz-news-list src=${other.url} layout="compact"></sz-news-list>`)}
      ${Array.from({ length: 15 }, () => html`<sz-center-card src=${centres.url} center="london"></sz-center-card>`)}
      ${Array.from({ length: 5 }, () => html`<sz-center-map src=${centres.url}></sz-center-map>`)}
    </div>`);
    const widgets = [...wrap.children];
    expect(widgets).to.have.length(50);
    await waitUntil(
      () => widgets.every((w) => w.shadowRoot?.querySelector('[part~="item"], [part~="name"], [part~="marker"]')),
      'not all widgets loaded',
      { timeout: 10000 },
    );
    const counts = await Promise.all([news, other, centres].map((f) => serverStats(f.key)));
    expect(counts.map((c) => c.requests)).to.deep.equal([1, 1, 1]);
  });

  it('1,000 connect/disconnect cycles leave no timer, no listener and no growing heap', async () => {
    const { url } = faultUrl({ path: 'news/alpha.json' });
    const box = document.createElement('div');
    document.body.append(box);
    // Warm up: load the data and the lazy chunks once, so the cycles measure the elements alone.
    const first = Object.assign(document.createElement('sz-news-list'), { src: url });
    box.append(first);
    await waitUntil(() => first.shadowRoot?.querySelector('[part~="item"]'));
    first.remove();

    const live = new Set<unknown>();
    const { setTimeout: realSet, clearTimeout: realClear } = window;
    const listeners = new Map<string, number>();
    const realAdd = document.addEventListener.bind(document);
    const realRemove = document.removeEventListener.bind(document);
    window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
      const id = realSet(
        () => {
          live.delete(id);
          fn();
        },
        ms,
        ...rest,
      );
      live.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      live.delete(id);
      realClear(id);
    }) as typeof window.clearTimeout;
    document.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
      listeners.set(type, (listeners.get(type) ?? 0) + 1);
      realAdd(type, ...(rest as [EventListenerOrEventListenerObject]));
    }) as typeof document.addEventListener;
    document.removeEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
      listeners.set(type, (listeners.get(type) ?? 0) - 1);
      realRemove(type, ...(rest as [EventListenerOrEventListenerObject]));
    }) as typeof document.removeEventListener;

    const gc = (window as { gc?: Gc }).gc;
    const heap = () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    const refs: WeakRef<Element>[] = [];
    const cycles = async () => {
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement(i % 3 === 0 ? 'sz-center-card' : 'sz-news-list');
        refs.push(new WeakRef(el));
        el.setAttribute('src', url);
        el.setAttribute('refresh', '30');
        box.append(el);
        if (i % 10 === 0) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        el.remove();
      }
      await sleep(500);
    };
    try {
      // A first thousand warms up compiled code and caches; the second one shows what stays behind.
      await cycles();
      gc?.();
      const before = heap();
      await cycles();
      expect([...live], 'timers left running').to.deep.equal([]);
      for (const [type, count] of listeners) expect(count, `document "${type}" listeners left`).to.be.at.most(0);
      gc?.();
      const after = heap();
      if (gc) {
        // What leaks is elements: once collected, none of the 2,000 may still be alive. A weak
        // reference's target survives until the current task ends, and the last few elements are
        // held by their requests until those settle, so collect again for a while; a leak stays.
        // Each collection runs with no script on the stack (collectWithoutStack), so only real
        // references keep an element.
        let alive = refs.length;
        for (let tries = 0; tries < 20 && alive > 0; tries++) {
          await sleep(100);
          await collectWithoutStack(gc);
          await sleep(0);
          alive = refs.filter((r) => r.deref()).length;
        }
        // Which ones, to tell a leak from a slow collector: index (of 2,000), tag, whether it rendered.
        const which = refs
          .map((r, i) => [i, r.deref()] as const)
          .filter(([, el]) => el)
          .map(([i, el]) => `${i} ${el?.localName}${el?.shadowRoot?.childElementCount ? ' rendered' : ''}`);
        const listed = which.slice(0, 12).join(', ') + (which.length > 12 ? ', …' : '');
        expect(alive, `elements still alive: ${listed}`).to.equal(0);
      }
      if (before !== undefined && after !== undefined && gc) {
        // And the heap as a whole stays bounded (generous: compiled code and caches move it by MBs).
        expect(after - before, 'heap growth in bytes').to.be.below(8_000_000);
      }
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
      document.addEventListener = realAdd;
      document.removeEventListener = realRemove;
      box.remove();
    }
  });
});
