// `sz-widgets feed` and the file it writes: nothing when every source fails, byte-identical when
// nothing changed (304s), never half written, --limit, the package bin's output as the browser
// tests' fixture, and the shipped GitHub Actions example. The publishers are a local server
// (command-helpers.mjs); what it reads is command-sources.test.mjs's topic.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { base, day, dir, feed, out, root, state, titles, usePublishers } from './command-helpers.mjs';

describe('sz-widgets feed', () => {
  usePublishers();

  it('leaves the previous file untouched when every source fails, and writes nothing without one', async () => {
    state.fail.add('/rss.xml');
    const none = await feed(`${base}/rss.xml`);
    assert.equal(none.code, 2);
    await assert.rejects(stat(out()));
    state.fail.clear();
    await feed(`${base}/rss.xml`);
    const before = await readFile(out(), 'utf8');
    state.fail.add('/rss.xml');
    const failed = await feed(`${base}/rss.xml`);
    assert.equal(failed.code, 1);
    assert.equal(await readFile(out(), 'utf8'), before);
    assert.match(failed.err.at(-1), /not written: no source could be read; the earlier file is untouched/);
  });

  it('asks with If-None-Match, keeps the items on a 304, and writes a byte-identical file when nothing changed', async () => {
    await feed(`${base}/rss.xml`, `${base}/feed.json`);
    const first = await readFile(out(), 'utf8');
    const { mtimeMs } = await stat(out());
    state.requests.length = 0;
    const again = await feed(`${base}/rss.xml`, `${base}/feed.json`);
    assert.equal(again.code, 0);
    assert.ok(state.requests.find((q) => q.path === '/rss.xml').headers['if-none-match'], 'conditional request');
    assert.match(again.err[0], /^same +.*rss\.xml: not modified, 2 items kept/);
    assert.equal(await readFile(out(), 'utf8'), first);
    assert.equal((await stat(out())).mtimeMs, mtimeMs, 'not rewritten');
  });

  it('never lets a reader see half a file', async () => {
    state.rssItems = Array.from({ length: 300 }, (_, i) => ({
      title: `Item ${i}`,
      url: `https://wire.test/${i}`,
      date: day(1 + (i % 28)),
      summary: 'x'.repeat(2000),
    }));
    try {
      await feed(`${base}/rss.xml`);
      let reads = 0;
      let running = true;
      const reader = (async () => {
        while (running) {
          JSON.parse(await readFile(out(), 'utf8'));
          reads++;
          await new Promise((r) => setImmediate(r));
        }
      })();
      state.rssItems = state.rssItems.map((i) => ({ ...i, title: `${i.title}!` }));
      for (let n = 0; n < 3; n++) await feed(`${base}/rss.xml`, '--limit', String(100 + n));
      running = false;
      await reader;
      assert.ok(reads > 0);
    } finally {
      state.rssItems = [
        { title: 'Wire one', url: 'https://wire.test/1', date: day(10) },
        { title: 'Wire two', url: 'https://wire.test/2', date: day(12) },
      ];
    }
  });

  it('keeps --limit items, newest first', async () => {
    const r = await feed(`${base}/rss.xml`, `${base}/feed.json`, '--limit', '2');
    assert.equal(r.code, 0);
    assert.deepEqual(await titles(), ['Wire two', 'Bureau one']);
  });

  it('works from the package bin on local files, and writes exactly the fixture the browser tests render', async () => {
    // test/fixtures/feed-output/news.json is this command's output: test/news-list/feed-output.test.ts
    // shows it in <sz-news-list> in every browser.
    const target = join(dir, 'x.json');
    const args = [
      'bin/sz-widgets.js',
      'feed',
      'test/fixtures/feeds/rss2.xml',
      'test/fixtures/feeds/jsonfeed-1.1.json',
      'test/fixtures/feed-sources/article-jsonld.html',
      '--title',
      'Fixture news',
      '--language',
      'en',
      '--out',
      target,
    ];
    const { stderr } = await promisify(execFile)(process.execPath, args, { cwd: root });
    assert.match(stderr, /x\.json: 10 items from 3 sources\./);
    assert.equal(
      await readFile(target, 'utf8'),
      await readFile(join(root, 'test/fixtures/feed-output/news.json'), 'utf8'),
    );
  });

  it('ships a GitHub Actions workflow that is valid YAML and runs the documented command', async () => {
    const flow = yaml.load(await readFile(join(root, 'examples/github-actions/news-feed.yml'), 'utf8'));
    assert.ok(flow.on.schedule[0].cron);
    const steps = flow.jobs.build.steps.map((s) => s.run ?? '').join('\n');
    assert.match(steps, /npx --yes sz-widgets feed --config sources\.json --out public\/news\.json/);
    const sources = JSON.parse(await readFile(join(root, 'examples/sources.json'), 'utf8'));
    assert.ok(sources.sources.length > 0);
  });
});
