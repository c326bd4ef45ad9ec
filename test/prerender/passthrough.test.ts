// A page without any widget comes out of the renderer byte for byte as it went in (the Node tests
// of test/render/ cover the cases; this is the same through the test server's real renderer).
import { expect } from '@open-wc/testing';
import { prerenderedUrl, type RenderLog } from './harness.js';

const bytes = async (url: string) => new Uint8Array(await (await fetch(url, { cache: 'no-store' })).arrayBuffer());

describe('a page without any widget, prerendered', () => {
  it('is served byte for byte as written', async () => {
    const url = prerenderedUrl('fixtures/plain.html');
    // The file as it is on disk (the test server's static files are transformed on the way).
    const [rendered, written] = await Promise.all([
      bytes(url),
      bytes('/__fault/serve?path=prerender/plain.html&type=text/plain'),
    ]);
    // No trivial page: CRLF line ends, upper-case tags, entities, and widgets' names where they
    // are no widgets (a comment, a template, a textarea).
    expect(new TextDecoder().decode(written)).to.include('\r\n').and.to.include('<sz-news-list></sz-news-list>');
    const run = new URL(url, location.href).searchParams.get('run')!;
    const log: RenderLog = await (await fetch(`/__prerender/log?run=${run}`, { cache: 'no-store' })).json();
    expect(log.rendered, 'widgets rendered').to.equal(0);
    expect(rendered.length).to.equal(written.length);
    expect(
      rendered.findIndex((b, i) => b !== written[i]),
      'the first byte that differs',
    ).to.equal(-1);
  });
});
