// A frame with the widgets in it, removed while the package is still loading: a dialog closed, a
// tab of a single-page app left. The page that held the frame must go on. (In WebKit, a module
// resumed at its top level after its page had gone spun without end and held the whole tab.)
import { expect, waitUntil } from '@open-wc/testing';
import { framePage, js, loaded } from './frame-page.js';

// Held, the event loop would run no timer again: the test would time out.
const pageGoesOn = () => new Promise((resolve) => setTimeout(resolve, 2000));

describe('a frame removed while sz-widgets loads', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // After the frame's load event, while its module still waits at its top level (in WebKit it
  // then hung 2 of 2 runs before the fix). First in the file: the chunks are not yet cached.
  it('once its widgets show, while the module may still wait for its data functions', async function () {
    this.timeout(10000);
    const { frame, base } = framePage();
    await loaded(frame);
    await waitUntil(base, 'the list did not render', { timeout: 8000 });
    frame.remove();
    await pageGoesOn();
  });

  it('as soon as it is added', async function () {
    this.timeout(10000);
    framePage().frame.remove();
    await pageGoesOn();
  });

  it('while its language still loads', async function () {
    this.timeout(10000);
    // The language arrives a second late, after its page has gone.
    const late = js("export default { retry: 'x' };", 1000);
    const { frame, base } = framePage({ lang: 'he', imports: { '/dist/i18n/he.js': late } });
    await loaded(frame);
    await waitUntil(base, 'the list did not render');
    expect(base()!.getAttribute('aria-busy'), 'its language has not arrived yet').to.equal('true');
    frame.remove();
    await pageGoesOn();
  });
});
