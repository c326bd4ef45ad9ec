import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/data/html-text.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('htmlToText()', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('collapses whitespace in plain text', () => {
    expect(htmlToText('  one\n\t two   three  ')).to.equal('one two three');
    expect(htmlToText('a\u00a0\u00a0b')).to.equal('a b');
    expect(htmlToText('')).to.equal('');
  });

  it('keeps words apart across block elements and line breaks', () => {
    expect(htmlToText('<p>one</p><p>two</p>')).to.equal('one two');
    expect(htmlToText('line<br>break<br/>here')).to.equal('line break here');
    expect(htmlToText('<ul><li>x</li><li>y</li></ul>after')).to.equal('x y after');
    expect(htmlToText('<h2>Head</h2>text<div>div</div>')).to.equal('Head text div');
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr></table>')).to.equal('a b');
  });

  it('does not split words at inline elements', () => {
    expect(htmlToText('un<b>believ</b>able')).to.equal('unbelievable');
    expect(htmlToText('Read <a href="https://example.org/">the story</a>.')).to.equal('Read the story.');
  });

  it('decodes entities', () => {
    expect(htmlToText('Tom &amp; Jerry&#8217;s &lt;b&gt; caf&eacute;&nbsp;&mdash; &#x4e2d;')).to.equal(
      'Tom & Jerry’s <b> café — 中',
    );
  });

  it('keeps text that only looks like markup', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).to.equal('1 < 2 and 3 > 2');
    expect(htmlToText('Fish & Chips <3')).to.equal('Fish & Chips <3');
  });

  it('keeps the fallback text of object and embed: it is what a reader without the plug-in sees', () => {
    expect(htmlToText('a <object data="x.swf">Watch the <b>video</b></object> <embed src="y">b')).to.equal(
      'a Watch the video b',
    );
  });

  it('drops the content of script, style, template, noscript, iframe, svg and math', () => {
    const html =
      'a<script>var x = "script"</script><style>p { color: red }</style><template><p>tpl</p></template>' +
      '<noscript>noscript</noscript><iframe>iframe</iframe>' +
      '<svg><text>svg</text></svg><math><mi>math</mi></math>b';
    expect(htmlToText(html)).to.equal('ab');
  });

  it('never runs scripts or handlers and never touches the page', async () => {
    const before = document.querySelectorAll('*').length;
    const out = htmlToText(
      '<img src="/__no_such_image__.png" onerror="window.__pwned = 1">' +
        '<script>window.__pwned = 2</script><svg onload="window.__pwned = 3"></svg>' +
        '<iframe srcdoc="<script>parent.__pwned = 4</script>"></iframe>' +
        '<details open ontoggle="window.__pwned = 5">hi</details><body onload="window.__pwned = 6">',
    );
    expect(out).to.equal('hi');
    // Long enough for a 404 image to report its error, had it been loaded.
    await sleep(300);
    expect(window.__pwned).to.equal(undefined);
    expect(document.querySelectorAll('*').length).to.equal(before);
  });
});
