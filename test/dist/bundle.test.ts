// The built package, loaded the way a partner page loads it (npm test builds dist/ first).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { $, part, upgradedParts } from '../shadow.js';
import { createNewsList, titles } from '../news-list/harness.js';

const moduleUrl = '/dist/sz-widgets.js';

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('dist/ bundles', () => {
  before(async () => {
    const res = await fetch(moduleUrl, { method: 'HEAD' });
    if (!res.ok) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    await import(/* @vite-ignore */ moduleUrl);
  });

  it('shows the shipped news feed, found beside the script, when src is absent', async () => {
    const el = createNewsList();
    const loaded = oneEvent(el, 'sz-load');
    document.body.append(el);
    try {
      const { detail } = await loaded;
      expect(detail.src).to.equal(new URL('/dist/data/news.json', location.href).href);
      await waitUntil(() => part(el, 'title'));
      expect(titles(el)).to.deep.equal([
        'SZ sets up 7 overseas innovation centers',
        'Shenzhen to build overseas industrial innovation centers',
      ]);
      const link = $(el, 'a') as HTMLAnchorElement;
      expect(link.href).to.equal('http://en.szinvest.gov.cn/ne/news/201705/t20170512_6693203.htm');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2017-05-12T12:00:00.000Z');
    } finally {
      el.remove();
    }
  });

  it('shares one build with the classic script on the same page: no second copy, no note, no error', async () => {
    const notes: string[] = [];
    const errors: unknown[] = [];
    const info = console.info;
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    console.info = (...args: unknown[]) => void notes.push(args.join(' '));
    window.addEventListener('error', onError);
    try {
      await addScript('/dist/sz-widgets.iife.js');
      // The classic script loads this same module: its exports arrive on window.szWidgets.
      const global = (window as unknown as { szWidgets?: { ready?: Promise<{ parseFeed?: unknown }> } }).szWidgets;
      const api = await global?.ready;
      expect(api?.parseFeed).to.be.a('function');
      expect(api?.parseFeed).to.equal((await import(/* @vite-ignore */ moduleUrl)).parseFeed);
      expect(errors).to.deep.equal([]);
      expect(notes).to.deep.equal([]);
    } finally {
      console.info = info;
      window.removeEventListener('error', onError);
    }
    const el = createNewsList();
    document.body.append(el);
    try {
      await waitUntil(() => upgradedParts(el, 'title').length > 0, 'the list stopped working');
    } finally {
      el.remove();
    }
  });
});
