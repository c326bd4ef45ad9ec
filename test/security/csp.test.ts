// All three elements on a page with the strict CSP of DESIGN.md and Trusted Types enforced.
import { expect, waitUntil } from '@open-wc/testing';

interface PageWindow extends Window {
  __violations: string[];
  trustedTypes?: unknown;
}

async function openPage(policies?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px';
  frame.src = `/__csp/page${policies ? `?tt=${encodeURIComponent(policies)}` : ''}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const shadow = (frame: HTMLIFrameElement, id: string) => frame.contentDocument!.getElementById(id)?.shadowRoot;

describe('strict CSP and Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads, renders and selects with all three elements and reports no violation', async () => {
    const frame = await openPage();
    const win = frame.contentWindow as PageWindow;
    await waitUntil(() => shadow(frame, 'default')?.querySelector('[part~="item"]'), 'shipped news not shown', {
      timeout: 10000,
    });
    // An RSS feed with HTML in it: parsed in an inert document through the sz-widgets policy.
    await waitUntil(() => shadow(frame, 'rss')?.querySelector('[part~="item"]'), 'RSS feed not shown', {
      timeout: 10000,
    });
    await waitUntil(() => shadow(frame, 'card')?.querySelector('[part~="name"]'), 'card not shown', { timeout: 10000 });
    await waitUntil(() => shadow(frame, 'map')?.querySelector('[data-id="tel-aviv"]'), 'map not drawn', {
      timeout: 10000,
    });
    (shadow(frame, 'map')!.querySelector('[data-id="tel-aviv"]') as HTMLElement).click();
    await waitUntil(
      () => shadow(frame, 'card')!.querySelector('[part~="name"]')!.textContent!.includes('Tel Aviv'),
      'card did not follow',
    );
    expect(win.__violations).to.deep.equal([]);
  });

  it('does report a violation when the page does not allow the sz-widgets policy (the check works)', async function () {
    const frame = await openPage('lit-html');
    const win = frame.contentWindow as PageWindow;
    if (!win.trustedTypes) this.skip(); // this browser does not enforce Trusted Types
    await waitUntil(() => win.__violations.length > 0, 'no violation reported', { timeout: 10000 });
    expect(win.__violations.join('\n')).to.match(/trusted-types/);
  });
});
