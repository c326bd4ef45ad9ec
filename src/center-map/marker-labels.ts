import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placeLabel } from './place-label.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const OPEN = '[part~="marker"].open';

/**
 * The markers' labels: at most one open, by hover, keyboard focus or a tap. A tap pins it (the
 * next tap closes it: touch screens have no hover to end); a tap elsewhere or Escape closes it.
 */
export class MarkerLabels implements ReactiveController {
  #open?: string;
  #pinned = false;
  /** Whether the page-wide listeners that close an open label are attached. */
  #listening = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The data-id of the marker whose label is open, if any. */
  get open(): string | undefined {
    return this.#open;
  }

  show(id: string, pinned = false): void {
    this.#open = id;
    this.#pinned = pinned;
    this.host.requestUpdate();
  }

  /** Closes the label of `id`, or whichever is open. */
  hide(id?: string): void {
    if (this.#open === undefined || (id !== undefined && id !== this.#open)) return;
    this.#open = undefined;
    this.#pinned = false;
    this.host.requestUpdate();
  }

  /** A tap or click: opens and pins the label, or closes it when it was already pinned open. */
  toggle(id: string): void {
    if (this.#open === id && this.#pinned) this.hide();
    else this.show(id, true);
  }

  /**
   * After a render, with the markers in place: puts the open label where it fits in the map
   * (`mapWidth` px wide), and listens to the page while a label is open.
   */
  place(mapWidth: number): void {
    this.#listen(this.#open !== undefined);
    if (this.#open === undefined) return;
    const root = this.host.renderRoot;
    const marker = root.querySelector<HTMLElement>(OPEN);
    const label = marker?.querySelector<HTMLElement>('.tip');
    const map = root.querySelector('.map');
    if (marker && label && map) {
      const others = [...root.querySelectorAll('[part~="marker"]')].filter((other) => other !== marker);
      placeLabel({ label, marker, map, mapWidth, others });
    }
  }

  hostDisconnected(): void {
    // Back on a page later, the map starts with no label open.
    this.#open = undefined;
    this.#pinned = false;
    this.#listen(false);
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) {
      document.addEventListener('pointerdown', this.#onPagePointer, true);
      document.addEventListener('keydown', this.#onPageKey);
    } else {
      document.removeEventListener('pointerdown', this.#onPagePointer, true);
      document.removeEventListener('keydown', this.#onPageKey);
    }
  }

  readonly #onPagePointer = (event: PointerEvent): void => {
    const open = this.host.renderRoot.querySelector(OPEN);
    if (!open || !event.composedPath().includes(open)) this.hide();
  };

  // Bubbling, so the markers' own Escape (which closes the label first) has run and said so.
  readonly #onPageKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) this.hide();
  };
}
