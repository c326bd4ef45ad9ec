// `sz-widgets render` as a build runs it: its arguments, exit codes, where the page goes, how an
// output file is replaced, and the CSP line it prints.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  assertSameBytes,
  base,
  cli,
  dir,
  inside,
  readPage,
  render,
  root,
  state,
  textOf,
  useServer,
} from './helpers.mjs';

const PAGE = '<!doctype html>\n<sz-center-card center="london"></sz-center-card>\n';

/** Writes PAGE (or `page`) as page.html in this test's directory; returns its path. */
async function pageFile(page = PAGE) {
  const path = join(dir, 'page.html');
  await writeFile(path, page);
  return path;
}

/** The real command in a child process: exit code and raw standard output. */
async function spawn(...args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/sz-widgets.js', 'render', ...args], {
      cwd: root,
      encoding: 'buffer',
    });
    return { code: 0, stdout, stderr: stderr.toString() };
  } catch (e) {
    return { code: e.code, stdout: e.stdout, stderr: e.stderr.toString() };
  }
}

describe('sz-widgets render: arguments', () => {
  useServer();

  for (const [args, why] of [
    [[], /^which page\? Give the path of an HTML file\.$/],
    [['PAGE', 'other.html'], /^render takes one page\.$/],
    [['--frobnicate', 'PAGE'], /^unknown option --frobnicate\.$/],
    [['PAGE', '--timeout', '0'], /^--timeout takes a number of seconds above 0\.$/],
    [['PAGE', '--timeout', 'soon'], /^--timeout takes a number of seconds above 0\.$/],
    [['PAGE', '--base-url', 'example.com/site/'], /^--base-url "example\.com\/site\/" is not an absolute URL\.$/],
    [['PAGE', '--base-url'], /^--base-url needs a value\.$/],
    [['PAGE', '--timeout', '--quiet'], /^--timeout needs a value\.$/],
    [['PAGE', '--out', '--quiet'], /^--out needs a value\.$/],
  ]) {
    it(`exits 2 with a message and renders nothing: ${args.join(' ') || 'no arguments'}`, async () => {
      const page = await pageFile();
      const out = join(dir, 'out.html');
      const withOut = args.includes('--out') ? [] : ['--out', out];
      const run = await cli(...withOut, ...args.map((a) => (a === 'PAGE' ? page : a)));
      assert.equal(run.code, 2);
      assert.ok(run.err[0].startsWith('sz-widgets render: '), run.err[0]);
      assert.match(run.err[0].slice('sz-widgets render: '.length), why);
      assert.ok(run.err[1].startsWith('Usage: sz-widgets render <page.html>'), 'the usage follows');
      assert.deepEqual(run.stdout, []);
      await assert.rejects(stat(out), { code: 'ENOENT' });
    });
  }

  it('prints its usage and exits 0 on --help or -h, rendering nothing', async () => {
    const page = await pageFile();
    for (const args of [['--help'], ['-h'], [page, '--help', '--timeout', '0']]) {
      const run = await cli(...args);
      assert.equal(run.code, 0);
      assert.ok(run.out.join('\n').startsWith('Usage: sz-widgets render <page.html>'));
      assert.match(
        run.out.join('\n'),
        /--out <file>.*\n.*--base-url <url>.*\n[\s\S]*--timeout <seconds>[\s\S]*--quiet/,
      );
      assert.deepEqual(run.err, []);
      assert.deepEqual(run.stdout, []);
    }
    const real = await spawn('--help');
    assert.equal(real.code, 0);
    assert.match(real.stdout.toString(), /^Usage: sz-widgets render/);
  });

  it('exits 2 on a page that is not UTF-8 and writes nothing, an existing output left as it was', async () => {
    const out = join(dir, 'out.html');
    await writeFile(out, 'the previous build');
    for (const bytes of [
      Buffer.from('<p>Caf\xe9</p><sz-center-card center="london"></sz-center-card>', 'latin1'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<sz-news-list></sz-news-list>', 'utf16le')]),
    ]) {
      const page = join(dir, 'page.html');
      await writeFile(page, bytes);
      const run = await cli(page, '--out', out);
      assert.equal(run.code, 2);
      assert.deepEqual(run.err, [`sz-widgets render: cannot read ${page}: it is not UTF-8 text (save it as UTF-8)`]);
      assert.equal(await readFile(out, 'utf8'), 'the previous build');
      const toStdout = await cli(page);
      assert.equal(toStdout.code, 2);
      assert.deepEqual(toStdout.stdout, []);
    }
    assert.deepEqual((await readdir(dir)).sort(), ['out.html', 'page.html']);
  });

  it('exits 2 on a page that does not exist, naming it', async () => {
    const run = await cli(join(dir, 'missing.html'));
    assert.equal(run.code, 2);
    assert.match(run.err[0], /^sz-widgets render: cannot read .*missing\.html: ENOENT/);
  });
});

describe('sz-widgets render: output', () => {
  useServer();

  it('writes the page to standard output without --out, and says so on standard error', async () => {
    const run = await cli(await pageFile());
    assert.equal(run.code, 0);
    assert.equal(run.stdout.length, 1);
    assert.equal(readPage(run.stdout[0]).widgets[0].shadowRoots, 1);
    assert.equal(run.err[0], 'standard output: 1 widget prerendered.');
    assert.deepEqual(run.out, [], 'nothing but the page on standard output');
  });

  it('gives the same bytes on standard output as in the file, and its exit code, as a process', async () => {
    const page = '\uFEFF<!doctype html>\r\n<p>No widgets here</p>\r\n';
    const real = await spawn(await pageFile(page));
    assert.equal(real.code, 0, real.stderr);
    assertSameBytes(real.stdout, Buffer.from(page));

    const failing = await spawn(await pageFile(`<sz-news-list src="${base}/500"></sz-news-list>${PAGE}`));
    assert.equal(failing.code, 1, failing.stderr);
    assert.equal(readPage(failing.stdout.toString()).widgets[1].shadowRoots, 1);
    assert.match(failing.stderr, /<sz-news-list src="[^"]*\/500">: [^ ]*\/500: HTTP 500/);
  });

  it('replaces an existing output file only once the page is ready, through a temporary file it does not leave', async () => {
    const page = await pageFile(`<sz-news-list src="${base}/slow.json"></sz-news-list>\n`);
    const out = join(dir, 'out.html');
    await writeFile(out, 'the previous build');
    const { ino } = await stat(out);
    const during = [];
    // While the command waits for its data, a reader (a web server) still finds the previous page.
    state.onRequest = async () => during.push(await readFile(out, 'utf8'), await readdir(dir));
    const run = await cli(page, '--out', out);
    assert.equal(run.code, 0, run.err.join('\n'));
    assert.deepEqual(during, ['the previous build', ['out.html', 'page.html']]);
    assert.equal(readPage(await readFile(out, 'utf8')).widgets[0].shadowRoots, 1);
    assert.deepEqual((await readdir(dir)).sort(), ['out.html', 'page.html']);
    // A new file renamed over the old one, not the old one rewritten: a reader has one or the other, whole.
    assert.notEqual((await stat(out)).ino, ino);
  });

  it('exits 2 when the output cannot be written, leaving no temporary file', async () => {
    const page = await pageFile();
    // A directory where the file should go: the rename over it fails after the temporary file is written.
    await mkdir(join(dir, 'taken'));
    await writeFile(join(dir, 'taken/keep.txt'), 'x');
    const run = await cli(page, '--out', join(dir, 'taken'));
    assert.equal(run.code, 2);
    assert.match(run.err[0], /^sz-widgets render: .*taken/);
    assert.deepEqual((await readdir(dir)).sort(), ['page.html', 'taken']);
    const missing = await cli(page, '--out', join(dir, 'no/such/dir/out.html'));
    assert.equal(missing.code, 2);
    assert.match(missing.err[0], /no\/such\/dir/);
  });

  it('renders a page in place (--out the page itself)', async () => {
    const page = await pageFile();
    const run = await cli(page, '--out', page);
    assert.equal(run.code, 0);
    assert.equal(readPage(await readFile(page, 'utf8')).widgets[0].shadowRoots, 1);
    assert.deepEqual(await readdir(dir), ['page.html']);
  });

  it('says only what went wrong with --quiet', async () => {
    const page = await pageFile(`<sz-news-list src="${base}/missing.json"></sz-news-list>${PAGE}`);
    const quiet = await cli(page, '--quiet', '--out', join(dir, 'out.html'));
    assert.equal(quiet.code, 1);
    assert.equal(quiet.err.length, 1);
    assert.match(quiet.err[0], /^sz-widgets render: <sz-news-list src="[^"]*\/missing\.json">: [^ ]*: HTTP 404/);
    const clean = await cli(await pageFile(), '--quiet');
    assert.equal(clean.code, 0);
    assert.deepEqual(clean.err, []);
  });
});

describe('sz-widgets render: the style-src line', () => {
  useServer();

  const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it("lists the sha256 of every distinct <style> of the shadow roots, and not the page's own", async () => {
    const page = await pageFile(
      '<style>body { margin: 0 }</style>\n<sz-news-list></sz-news-list>\n<sz-center-card center="london"></sz-center-card>\n<sz-center-map></sz-center-map>\n<sz-news-list lang="zh-Hans"></sz-news-list>\n',
    );
    const run = await cli(page, '--out', join(dir, 'out.html'));
    assert.equal(run.code, 0);
    const prefix = 'style-src hashes for a strict CSP: ';
    const line = run.err.find((l) => l.startsWith(prefix));
    assert.ok(line, run.err.join('\n'));
    const listed = line.slice(prefix.length).split(' ');
    const html = await readFile(join(dir, 'out.html'), 'utf8');
    const sheets = readPage(html).widgets.flatMap((w) =>
      inside(w.root)
        .filter((e) => e.tagName === 'style')
        .map((e) => textOf(e)),
    );
    // The news list's, the card's, the map's and the map's positions: each once, however many widgets use it.
    assert.equal(new Set(sheets).size, 4);
    assert.deepEqual(listed.sort(), [...new Set(sheets.map(sha256))].sort());
    assert.ok(!listed.includes(sha256('body { margin: 0 }')));
    // renderPage gives the same list.
    const result = await render(await readFile(page, 'utf8'));
    assert.deepEqual([...result.styleHashes].sort(), listed);
  });

  it('prints no line for a page without widgets', async () => {
    const run = await cli(await pageFile('<p>Plain</p>'));
    assert.equal(run.code, 0);
    assert.deepEqual(run.err, ['standard output: 0 widgets prerendered.']);
  });
});
