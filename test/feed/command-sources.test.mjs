// `sz-widgets feed` and what it reads: every source kind, every fault a publisher can have,
// merging, listing pages, hostile content, configs and bad arguments. The publishers are a local
// server (command-helpers.mjs); the file it writes is command-output.test.mjs's topic.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { base, day, dir, feed, out, read, rss, state, titles, usePublishers } from './command-helpers.mjs';

describe('sz-widgets feed', () => {
  usePublishers();

  it('merges an RSS feed, a JSON Feed and an HTML article into one JSON Feed, newest first, one item per URL', async () => {
    const r = await feed(`${base}/rss.xml`, `${base}/feed.json`, `${base}/news/centres.html`);
    assert.equal(r.code, 0, r.err.join('\n'));
    const data = await read();
    assert.equal(data.version, 'https://jsonfeed.org/version/1.1');
    assert.deepEqual(
      data.items.map((i) => i.title),
      ['Seven centres open abroad', 'Wire two', 'Bureau one', 'Wire one'],
    );
    const article = data.items[0];
    assert.equal(article.url, `${base}/news/centres.html`);
    assert.equal(article.date_published, '2024-05-20T09:00:00.000Z');
    assert.match(article.summary, /seven overseas innovation centres/);
    assert.deepEqual(
      data.items.map((i) => i._sz.source),
      [`${base}/news/centres.html`, `${base}/rss.xml`, `${base}/feed.json`, `${base}/rss.xml`],
    );
    assert.equal(data.items[2].language, 'en');
    assert.match(r.err[0], /^ok +http.*rss\.xml: 2 items/);
    assert.ok(
      state.requests.every((q) => /sz-widgets-feed/.test(q.headers['user-agent'])),
      'a clear User-Agent',
    );
  });

  for (const [name, path, why] of [
    ['404', '/404', /HTTP 404/],
    ['500', '/500', /HTTP 500/],
    ['429 with Retry-After', '/429', /HTTP 429.*retry after 120 s.*skipped this run/],
    ['a timeout', '/slow.xml', /within 1 s/],
    ['a truncated body', '/truncated.xml', /request failed|not well-formed/],
    ['an HTML page where a feed was expected', '/html-instead.xml', /HTML page where a feed was expected/],
    ['a 20 MB body', '/huge.json', /larger than 5 MB/],
    ['a redirect loop', '/loop', /more than 5 redirects/],
  ]) {
    it(`keeps everything else, and the failing source's earlier items, on ${name}`, async () => {
      if (path === '/500') state.fail.add('/500');
      // A first run in which the source worked: its items are in the file.
      const first = await feed(`${base}/feed.json`, `${base}/rss.xml`);
      assert.equal(first.code, 0);
      // Now rss.xml is replaced by the faulty address under the same name: as a config would have it.
      const cfg = join(dir, 'sources.json');
      await writeFile(cfg, JSON.stringify({ sources: [`${base}/feed.json`, `${base}/rss.xml`] }));
      state.fail.add('/rss.xml');
      const second = await feed('--config', cfg, `${base}${path}`);
      assert.equal(second.code, 1, second.err.join('\n'));
      const failures = second.err.filter((l) => l.startsWith('FAILED'));
      assert.equal(failures.length, 2, second.err.join('\n'));
      assert.match(
        failures.find((l) => l.includes(path)),
        why,
      );
      // Its one item in the file (the other had the same URL as feed.json's) stays.
      assert.match(
        failures.find((l) => l.includes('/rss.xml')),
        /HTTP 500 Internal Server Error; 1 earlier item kept/,
      );
      // feed.json's "Wire two again" has the same URL as rss.xml's "Wire two": one item, the first source's.
      assert.deepEqual(await titles(), ['Wire two again', 'Bureau one', 'Wire one']);
    });
  }

  it('follows the links of a listing page (same site only) and reads each as an article', async () => {
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({ sources: [{ url: `${base}/list.html`, follow: 'ul.news a', limit: 5 }] }),
    );
    const r = await feed('--config', 'sources.json');
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.deepEqual(await titles(), ['A second article', 'Seven centres open abroad']);
    assert.ok(!state.requests.some((q) => q.path.includes('elsewhere')), 'no request to another site');
  });

  it('keeps hostile content plain text and drops unsafe links', async () => {
    const r = await feed(`${base}/hostile.json`);
    assert.equal(r.code, 0, r.err.join('\n'));
    const [item] = (await read()).items;
    assert.equal(item.title, 'Title');
    assert.equal(item.summary, 'Bold text');
    assert.equal(item.url, 'https://hostile.test/1');
    assert.equal(item.image, undefined);
    assert.deepEqual(item.tags, ['tag']);
    assert.doesNotMatch(JSON.stringify(item), /<|javascript:/i);
  });

  it('reads local files and a config, command-line options winning', async () => {
    await writeFile(join(dir, 'local.xml'), rss([{ title: 'Local', url: 'https://local.test/1', date: day(3) }]));
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({ title: 'From config', language: 'zh-Hans', sources: ['local.xml'] }),
    );
    const r = await feed('--config', 'sources.json', '--title', 'From the command line');
    assert.equal(r.code, 0, r.err.join('\n'));
    const data = await read();
    assert.equal(data.title, 'From the command line');
    assert.equal(data.language, 'zh-Hans');
    assert.deepEqual(
      data.items.map((i) => [i.title, i._sz.source]),
      [['Local', 'local.xml']],
    );
  });

  it('says what is wrong with bad arguments or a bad config, and writes nothing', async () => {
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ sources: [{ href: 'x' }] }));
    for (const args of [
      [],
      ['--config', 'bad.json'],
      ['--limit', 'many', `${base}/rss.xml`],
      ['--bogus', `${base}/rss.xml`],
      ['ftp://x/feed'],
    ]) {
      const r = await feed(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err[0], /^sz-widgets feed: /);
    }
    await assert.rejects(stat(out()));
  });
});
