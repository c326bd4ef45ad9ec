import {
  LitElement,
  ReactiveElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { DataController } from './data-controller.js';
import { resolveLocale, watchLang, type Locale } from './locale.js';
import { stringsFor } from './strings.js';

/** The sentences an element says while it has no data to show. */
export interface StateTexts {
  loading: string;
  empty: string;
  /** The element's own sentence once data is there (the card's "not found"), instead of none. */
  instead?: string;
}

/**
 * What the three elements share: the data attributes, the language, the interface text and the
 * status line. Their events go through `emit` (events.ts), typed by `SzEventMap`: the news list,
 * whose events all come from the lazily loaded data flow, then carries none of it in its first
 * download. Like every element, it takes its look from the page unless asked.
 *
 * @attr [theme=none: the page's colours] - `light` or `dark` forces that palette, with a surface of its own
 *   (the boxed look); `auto` follows the page's `color-scheme` (`light dark` on the page: the visitor's
 *   system setting; none: light, as the page is).
 * @attr [variant=none: part of the page] - `card`: the boxed look, a surface of its own with padding and
 *   rounded corners. By default the widget has no background and no outer padding, and takes the page's text
 *   colour and size.
 * @attr [timeout=10] - Seconds before a load is given up (retries included).
 * @attr [refresh=0 (never)] - Load the data again every this many seconds (at least every second). Pauses
 *   while the page is hidden; stops when the element is removed.
 * @attr {number} [max-age=3600] - Seconds for which a prerendered page's embedded copy of the data (`sz-widgets render`)
 *   is shown without asking the network. An older copy is shown while the data is loaded again.
 *
 * @csspart retry-button - The Retry button.
 *
 * @cssprop [--sz-font-family=inherited from the page] - Font.
 * @cssprop [--sz-font-size=the element's own (inherited from the page)] - Base text size; everything inside
 *   scales with it (`em`). A page's `html` size reaches in only as far as its `body` passes it on.
 * @cssprop [--sz-color-text=the page's text colour; #1f2328 / #e6edf3 with a theme] - Text.
 * @cssprop [--sz-color-muted=the text colour at 80%; #59636e / #9da7b3 with a theme] - Dates, labels, the status line.
 * @cssprop [--sz-color-surface=transparent; #fff / #0d1117 with the card variant or a theme] - Background.
 * @cssprop [--sz-color-accent=blue mixed with the text colour (AA on light and dark pages); #0b5cad / #6cb6ff with a theme] - Links,
 *   buttons, markers.
 * @cssprop [--sz-radius=8px] - Corner radius.
 * @cssprop [--sz-space=1em] - Gaps, and the padding of the boxed look.
 * @cssprop [--sz-focus-ring=2px solid accent] - Keyboard focus outline.
 */
export class SzElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    theme: { reflect: true },
    variant: { reflect: true },
    timeout: { type: Number },
    refresh: { type: Number },
    maxAge: { type: Number, attribute: 'max-age' },
  };

  declare src: string | null;
  declare theme: 'light' | 'dark' | 'auto' | null;
  declare variant: 'card' | null;
  declare timeout: number;
  declare refresh: number;
  // Undefined without the attribute: the data flow has the default.
  declare maxAge: number | undefined;

  #unwatchLang?: () => void;
  /** A prerendered root's nodes are still on screen (see `update`). */
  #held?: boolean;

  constructor() {
    super();
    this.src = null;
    this.timeout = 10;
    this.refresh = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-render when the page's language changes (lang on <html> or an ancestor).
    this.#unwatchLang = watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLang?.();
  }

  /**
   * Whether the element would show what its data and language say (not a skeleton or a loading
   * line): until then, a prerendered element keeps the server's nodes on screen.
   */
  protected get settled(): boolean {
    return true;
  }

  /** `settled` for an element that shows `data`: its strings are there and the data is no longer loading. */
  protected shows(data: DataController<unknown>): boolean {
    return !!this.strings(this.locale) && data.state.status !== 'loading';
  }

  /**
   * A prerendered element (`sz-widgets render`) starts with the server's nodes in its declarative
   * shadow root. They stay, untouched, until the element is settled; then its own render replaces
   * them in one go: no flash, no skeleton. Meanwhile only the bookkeeping of an update runs
   * (attribute reflection), as Lit's server renderer itself does.
   */
  protected override update(changed: PropertyValues): void {
    if ((this.#held ??= !!this.renderRoot.firstChild)) {
      type Update = { update(changed: PropertyValues): void };
      if (!this.settled) return (ReactiveElement.prototype as unknown as Update).update.call(this, changed);
      this.#held = false;
      this.renderRoot.replaceChildren();
      // Lit renders before the root's first node, found at connection: one of the server's.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  /** The element's locale: its own `lang`, else the nearest ancestor's, else the document's. */
  protected get locale(): Locale {
    return resolveLocale(this);
  }

  /**
   * The interface text in `locale`, or undefined while its language loads: the element then shows
   * its text-free skeleton, so no English flashes first.
   */
  protected strings(locale: Locale): Strings | undefined {
    return stringsFor(locale.ui, this);
  }

  /** The sentence an element says about its data: loading, empty, what failed, or that a saved copy may be old. */
  protected stateMessage(data: DataController<unknown>, t: Strings, texts: StateTexts): string {
    const { status } = data.state;
    if (status === 'loading') return texts.loading;
    if (status === 'empty') return texts.empty;
    // A failure always says so; a saved copy says how old it is, unless the element has its own word.
    const problem = status === 'error' || (status === 'stale' && texts.instead === undefined);
    return problem ? data.describe(t, this.locale.tag) : (texts.instead ?? '');
  }

  /** The live status line (spoken; on screen unless `quiet`) and, after a failure, the Retry button. */
  protected renderState(
    data: DataController<unknown>,
    t: Strings | undefined,
    message: string,
    quiet: boolean,
  ): TemplateResult {
    const { status, error } = data.state;
    // An error stays in the state through a retry's loading: no Retry button then.
    const failed = error && status !== 'loading';
    // A saved copy shown while the network is asked again is only spoken: its line would go a
    // moment later, moving what follows. It shows once the network has failed.
    const hushed = quiet || (status === 'stale' && !error);
    // `silent` rather than :has(p:empty) in CSS: WebKit keeps the :has() match from before the text
    // went, leaving a gap under the heading once the data is shown. Silent, it stays in the tree (a
    // live region must exist before it speaks) but takes no room; so does a hushed line, so that
    // none is given back (moving what follows) once loaded.
    return html`<div class=${message && !hushed ? 'state' : 'silent'}>
      <p part="status" role="status" class=${hushed ? 'sr-only' : ''}>${message}</p>
      ${t && failed ? html`<button part="retry-button" @click=${() => data.retry()}>${t.retry}</button>` : nothing}
    </div>`;
  }
}
