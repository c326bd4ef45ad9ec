// A language's chunk that is not what this version expects: a CDN that still serves another
// version's dist/i18n/he.js under the same name, or a proxy's page in its place. The widget
// falls back to English, as for a chunk that cannot load, and the host page goes on.
import { expect, waitUntil } from '@open-wc/testing';

const js = (body: string) => `/__fault/serve?type=text%2Fjavascript&body=${encodeURIComponent(body)}`;

async function pageWithHebrewChunk(chunk: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  // The import map stands in for the server: the build asks for /dist/i18n/he.js, it gets `chunk`.
  const map = JSON.stringify({ imports: { '/dist/i18n/he.js': chunk } });
  frame.srcdoc = `<!doctype html><html lang="he"><script type="importmap">${map}</script>
    <script type="module" src="/dist/sz-widgets.js"></script><sz-news-list></sz-news-list></html>`;
  frame.style.cssText = 'width: 600px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('a language chunk of another shape', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [what, chunk] of [
    ['a module with no default export', js('export const strings = { news: { heading: "x" } };')],
    ['a module whose default is not a string table', js('export default 42;')],
  ] as const) {
    it(`${what}: the list shows its news in English and the page keeps running`, async () => {
      const frame = await pageWithHebrewChunk(chunk);
      const win = frame.contentWindow!;
      const list = () => frame.contentDocument!.querySelector('sz-news-list')?.shadowRoot;
      await waitUntil(() => list()?.querySelector('[part~="item"]'), 'no news shown', { timeout: 10000 });
      expect(list()!.querySelector('[part~="heading"]')!.textContent).to.equal('News');
      // A widget that re-rendered in a loop of its own would hold the page's event loop: no timer
      // of the page's would fire again.
      await new Promise((resolve) => win.setTimeout(resolve, 50));
      expect(list()!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    });
  }

  it('a page taken away while its language loads: the page that held it keeps running', async function () {
    this.timeout(10000);
    // The language arrives a second late; its page is gone by then (a frame removed, a tab's
    // document replaced): the module may then resolve in a realm whose scripts no longer run.
    const frame = await pageWithHebrewChunk(`${js("export default { retry: 'x' };")}&delay=1000`);
    const base = () => frame.contentDocument!.querySelector('sz-news-list')!.shadowRoot?.querySelector('[part~="base"]');
    await waitUntil(base, 'the list did not render');
    expect(base()!.getAttribute('aria-busy'), 'its language has not arrived yet').to.equal('true');
    frame.remove();
    // Past the language's arrival. Were the removed page's script to hold the event loop (the
    // frames of a page share it), no timer would fire again and the test would time out.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
