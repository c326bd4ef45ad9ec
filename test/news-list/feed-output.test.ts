// What `sz-widgets feed` writes (test/fixtures/feed-output/news.json, checked byte for byte against
// the command's output in test/feed/command-output.test.mjs) is what <sz-news-list> shows.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/news-list/define.js';
import { clearStoredCopies } from '../helpers.js';
import { part } from '../shadow.js';
import { createNewsList, titles } from './harness.js';

describe('<sz-news-list> showing the output of sz-widgets feed', () => {
  beforeEach(clearStoredCopies);

  it('shows every item, newest first, with its link and date, the article page among them', async () => {
    const src = new URL('/test/fixtures/feed-output/news.json', location.href).href;
    const written = await (await fetch(src)).json();
    const el = createNewsList({}, { limit: 20, src });
    const loaded = oneEvent(el, 'sz-load');
    (await fixture(html`<div></div>`)).append(el);
    await loaded;
    await el.updateComplete;
    const shown = titles(el);
    expect(shown).to.deep.equal(written.items.map((i: { title: string }) => i.title));
    const first = part(el, 'item')!;
    expect(first.querySelector('a')!.href).to.equal(written.items[0].url);
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(written.items[0].date_published);
    expect(shown).to.include('Shenzhen opens its ninth overseas innovation centre, in Tel Aviv');
  });
});
