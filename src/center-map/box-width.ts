import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The width of a box in the host's shadow root, in whole px, observed while the host is on the
 * page (an observer left running would keep a removed host alive). The host re-renders when it
 * changes; 0 until it is first measured.
 */
export class BoxWidth implements ReactiveController {
  value = 0;
  #observer?: ResizeObserver;
  /** The box observed: a prerendered map's box is replaced by the element's own at its first render. */
  #box?: Element;

  constructor(
    private readonly host: Host,
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.host.isConnected) return;
    const box = this.host.renderRoot.querySelector(this.selector);
    if (!box || box === this.#box) return;
    this.#observer?.disconnect();
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width === this.value) return;
      this.value = width;
      this.host.requestUpdate();
    });
    const replaced = !!this.#box;
    this.#box = box;
    // A replaced box (a prerendered map's, at its first own render) is observed from a task of its
    // own: WebKit, observing it in the task that replaced it, often reports a "ResizeObserver loop"
    // error on the page's window.
    if (replaced) setTimeout(() => this.#box === box && this.#observer?.observe(box));
    else this.#observer.observe(box);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = this.#box = undefined;
  }
}
