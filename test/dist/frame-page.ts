// A partner page in a frame: the module bundle and one news list, in `lang`. An import map can
// stand in for the server, giving the bundle another file than the one it asks for.

export interface FramePage {
  frame: HTMLIFrameElement;
  /** The list's base part, once it has rendered. */
  base(): Element | null;
}

export function framePage({ lang = "en", imports = {} }: { lang?: string; imports?: Record<string, string> } = {}): FramePage {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><script type="importmap">${JSON.stringify({ imports })}</script>
    <script type="module" src="/dist/sz-widgets.js"></script><sz-news-list></sz-news-list></html>`;
  frame.style.cssText = 'width: 600px; height: 600px';
  document.body.append(frame);
  const base = () =>
    frame.contentDocument?.querySelector('sz-news-list')?.shadowRoot?.querySelector('[part~="base"]') ?? null;
  return { frame, base };
}

/** The frame's load event (its module has run by then). */
export const loaded = (frame: HTMLIFrameElement) =>
  new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));

/** A module served by the test server, `delay` ms late if asked. */
export const js = (body: string, delay = 0) =>
  `/__fault/serve?type=text%2Fjavascript&delay=${delay}&body=${encodeURIComponent(body)}`;
