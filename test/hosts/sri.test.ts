// README "Embedding" → static page with Subresource Integrity, tried against dist/: the hash is
// computed here, from the bytes the server sends, as `openssl dgst -sha384 -binary FILE |
// openssl base64 -A` and npm run sri compute it from the file. (The test server re-emits .js
// files through esbuild, so the bytes differ from dist/ here; on a plain server they are dist/.) Each case
// gets a fresh iframe: a fresh module map, so one refused load does not
// decide the next. The frames stay until the test page goes: under the test runner, WebKitGTK 2.50
// froze the whole test page when a frame that had loaded sz-widgets.js was removed (not seen on a
// plain page, nor in the other engines), and removing them tests nothing here.
import { expect, waitUntil } from '@open-wc/testing';

const dist = (file: string) => new URL(`/dist/${file}`, location.href).href;

async function sri(file: string): Promise<string> {
  const res = await fetch(dist(file), { cache: 'no-store' });
  if (!res.ok) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await res.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const WRONG = `sha384-${btoa('x'.repeat(48))}`;

async function freshFrame(): Promise<Window> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  await new Promise((r) => setTimeout(r));
  return frame.contentWindow!;
}

/** Adds <script src integrity crossorigin="anonymous"> to the frame; true when it loaded and ran. */
function addScript(win: Window, file: string, integrity: string, module = true, importMap?: object): Promise<boolean> {
  const doc = win.document;
  if (importMap) {
    const map = Object.assign(doc.createElement('script'), {
      type: 'importmap',
      textContent: JSON.stringify(importMap),
    });
    doc.head.append(map);
  }
  const script = Object.assign(doc.createElement('script'), { src: dist(file), integrity, crossOrigin: 'anonymous' });
  if (module) script.type = 'module';
  return new Promise((resolve) => {
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    doc.head.append(script);
  });
}

describe('Subresource Integrity on the built entries (README "Static HTML page")', () => {
  it('refuses an ES module entry whose hash does not match, and runs it when it does', async () => {
    const refused = await freshFrame();
    expect(await addScript(refused, 'sz-center-card.js', WRONG)).to.equal(false);
    expect(refused.customElements.get('sz-center-card')).to.equal(undefined);

    const win = await freshFrame();
    expect(await addScript(win, 'sz-center-card.js', await sri('sz-center-card.js'))).to.equal(true);
    const card = win.document.createElement('sz-center-card');
    card.setAttribute('center', 'tel-aviv');
    win.document.body.append(card);
    await waitUntil(
      () => card.shadowRoot?.querySelector('[part~="name"]')?.textContent?.includes('Tel Aviv'),
      'the card did not render',
      { timeout: 8000 },
    );
    // The caveat the README states: the entry's hash did not cover what it imported afterwards.
    const later = win.performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => n.includes('/dist/chunks/'));
    expect(later.length).to.be.greaterThan(0);
  });

  it('refuses the classic bundle whose hash does not match, and runs it when it does', async () => {
    const refused = await freshFrame();
    expect(await addScript(refused, 'sz-widgets.iife.js', WRONG, false)).to.equal(false);
    expect(refused.customElements.get('sz-news-list')).to.equal(undefined);

    const win = await freshFrame();
    expect(await addScript(win, 'sz-widgets.iife.js', await sri('sz-widgets.iife.js'), false)).to.equal(true);
    // It then loads the module build (which its hash does not cover, as the README says).
    await waitUntil(() => win.customElements.get('sz-news-list'), 'the classic script did not load the module build', {
      timeout: 8000,
    });
    // szWidgets.ready resolves with the module's exports, as the README says.
    const api = await (win as unknown as { szWidgets: { ready: Promise<Record<string, unknown>> } }).szWidgets.ready;
    expect(api.parseFeed).to.be.a('function');
  });

  it('with the import map "integrity" key, also checks the chunk the entry imports', async () => {
    // sz-widgets.js is a few bytes that import the real code from a chunk.
    const entry = await (await fetch(dist('sz-widgets.js'))).text();
    const chunk = /from\s*"\.\/(chunks\/[^"]+\.js)"/.exec(entry)?.[1];
    expect(chunk, 'the chunk sz-widgets.js imports').to.be.a('string');

    const tampered = await freshFrame();
    expect(
      await addScript(tampered, 'sz-widgets.js', await sri('sz-widgets.js'), true, {
        integrity: { [dist(chunk!)]: WRONG },
      }),
    ).to.equal(false);
    expect(tampered.customElements.get('sz-news-list')).to.equal(undefined);

    const win = await freshFrame();
    expect(
      await addScript(win, 'sz-widgets.js', await sri('sz-widgets.js'), true, {
        integrity: { [dist(chunk!)]: await sri(chunk!) },
      }),
    ).to.equal(true);
    expect(win.customElements.get('sz-news-list')).to.be.a('function');
  });
});
