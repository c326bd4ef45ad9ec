// The rest of the page stays as the webmaster wrote it: a page without widgets comes back byte for
// byte, and in a page with widgets only the shadow roots and the embedded copies are new.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertSame, assertSameBytes, cli, dir, readPage, render, strip, useServer } from './helpers.mjs';

const NO_WIDGETS = {
  'a byte-order mark and CRLF line ends':
    '\uFEFF<!DOCTYPE html>\r\n<html lang="en">\r\n<head><title>Centres</title></head>\r\n<body>\r\n  <p>Hello</p>\r\n</body>\r\n</html>\r\n',
  'no doctype, html, head or body': '<title>Bare</title><p>Text<p>More',
  'odd attribute quoting, case and nesting': `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<HTML><Body class=plain data-x='a "b"' data-y="it's" hidden ><P ID=x>Unclosed <b><i>mis</b>nested</i>\n<img src=a.png alt=''/ ><br/><input value=&quot;x&amp;y disabled>`,
  'the widgets named in a comment':
    '<!doctype html>\n<!-- <sz-news-list></sz-news-list> goes here later -->\n<p>Soon</p>\n',
  'the widgets inside a <template>':
    '<!doctype html><template id="later"><sz-news-list></sz-news-list><sz-center-card center="london"></sz-center-card></template>',
  'the widgets inside <noscript>': '<body><noscript><sz-news-list></sz-news-list></noscript>',
  'the widgets inside a <textarea>': '<textarea>Paste <sz-news-list src="news.json"></sz-news-list> here</textarea>',
  'the widgets in a script': '<script>document.write("<sz-news-list></sz-news-list>")</script>',
  'the widgets in <title>, <style> and <xmp>':
    '<title><sz-center-map></sz-center-map></title><style>/* <sz-center-card> */</style><xmp><sz-news-list></sz-news-list></xmp>',
  'the widgets in attribute values':
    '<iframe srcdoc="<sz-news-list></sz-news-list>"></iframe><p title=\'<sz-center-card center="london">\'></p>',
  'elements named like widgets inside <svg> and <math>':
    '<p>Chart</p><svg viewBox="0 0 10 10"><sz-news-list></sz-news-list></svg><math><sz-center-card center="london"></sz-center-card></math>',
  'NUL, lone CR and characters outside the BMP': '<p>\0 one\rtwo 😀 深圳 \u2028</p>',
  'a page cut off inside a tag': '<p>Cut off <a href="unfinished',
  'ten thousand unclosed tags': `<body>${'<div><span>'.repeat(5_000)}Deep`,
};

const LARGE = `<!doctype html>\n<main>${'<p class=x>Paragraph &amp; 😀 深圳 <!-- sz-news-list --></p>\r\n'.repeat(80_000)}</main>`;

describe('a page without widgets', () => {
  useServer();

  for (const [name, page] of Object.entries(NO_WIDGETS)) {
    it(`comes back unchanged: ${name}`, async () => {
      const result = await render(page);
      assertSame(result.html, page);
      assert.equal(result.rendered, 0);
      assert.deepEqual(result.problems, []);
      // Through the command: the same bytes on disk, and exit code 0.
      const input = join(dir, 'page.html');
      const output = join(dir, 'out.html');
      await writeFile(input, page);
      const run = await cli(input, '--out', output);
      assert.equal(run.code, 0, run.err.join('\n'));
      assertSameBytes(await readFile(output), await readFile(input));
    });
  }

  it(`comes back unchanged when it is large (${Math.round(LARGE.length / 1e6)} million characters)`, async () => {
    const result = await render(LARGE);
    assertSame(result.html, LARGE);
    const input = join(dir, 'page.html');
    const output = join(dir, 'out.html');
    await writeFile(input, LARGE);
    assert.equal((await cli(input, '--out', output)).code, 0);
    assertSameBytes(await readFile(output), await readFile(input));
  });
});

const card = '<sz-center-card center="london"></sz-center-card>';
const WITH_WIDGETS = {
  'a byte-order mark and CRLF line ends, indented widgets':
    '\uFEFF<!DOCTYPE html>\r\n<html lang="en">\r\n<body>\r\n  <h1>Centres</h1>\r\n  <sz-news-list limit="1"></sz-news-list>\r\n\t<div>\r\n    ' +
    card +
    '\r\n\t</div>\r\n</body>\r\n</html>\r\n',
  'a widget right after the byte-order mark': '\uFEFF<sz-news-list></sz-news-list>\n<p>After</p>',
  'NUL, lone CR and characters outside the BMP before the widgets':
    '<p>\0 one\rtwo 😀😀 深圳 \u2028</p>\r<sz-news-list></sz-news-list>\n😀<p>between</p>' + card + '\n',
  'odd quoting and case on the widgets, a start tag over several lines':
    "<P>News: <SZ-NEWS-LIST Limit=1 class='a b' data-x=\"it's\"></SZ-NEWS-LIST> end</P>\r\n<sz-center-card\r\n    center=london\r\n    variant='card'\r\n></sz-center-card>",
  'widgets with fallback content, one written self-closing': `<main>\n  <sz-news-list>\n    <a href="/news">All news</a>\n  </sz-news-list>\n  <sz-center-card center="london" />\n  <p>Text</p>\n</main>`,
  'widgets next to others inside a <template> and a comment':
    '<template><sz-news-list></sz-news-list></template>\n<!-- <sz-center-card> -->\n<sz-center-map></sz-center-map>\n<textarea><sz-news-list></textarea>\n' +
    card,
  'a widget ten thousand unclosed tags deep': `<body lang="zh-Hans">${'<div><span>'.repeat(5_000)}\n${card}`,
};

describe('a page with widgets', () => {
  useServer();

  for (const [name, page] of Object.entries(WITH_WIDGETS)) {
    it(`is unchanged outside the shadow roots and the copies: ${name}`, async () => {
      const result = await render(page);
      assert.deepEqual(result.problems, []);
      assert.ok(result.rendered > 0);
      assertSame(strip(result.html), page);
      // Each widget read as a browser would: its shadow root where the parser expects it (the
      // first child), not cut into its start tag or a neighbour.
      const { widgets } = readPage(result.html);
      assert.equal(widgets.length, result.rendered);
      for (const w of widgets) assert.ok(w.root, `${w.name} has no declarative shadow root`);
      // And on disk, through the command: the byte-order mark kept, no line end rewritten.
      const input = join(dir, 'page.html');
      const output = join(dir, 'out.html');
      await writeFile(input, page);
      const run = await cli(input, '--out', output);
      assert.equal(run.code, 0, run.err.join('\n'));
      const written = await readFile(output);
      assertSameBytes(Buffer.from(strip(written.toString('utf8'))), await readFile(input));
    });
  }

  it('is unchanged around a widget at the end of a large page', async () => {
    const page = `${LARGE}\r\n<sz-news-list></sz-news-list>\r\n`;
    const result = await render(page);
    assert.equal(result.rendered, 1);
    assertSame(strip(result.html), page);
  });
});
