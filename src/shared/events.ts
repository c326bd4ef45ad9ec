import type { Center, ErrorCode } from '../data/types.js';

/** `sz-load`: the data was fetched and read. */
export interface SzLoadDetail<T = unknown> {
  /** The resolved URL of the data. */
  src: string;
  data: T;
}

/** `sz-error`: loading or reading failed, or what was asked for is not in the data. */
export interface SzErrorDetail {
  code: ErrorCode;
  message: string;
  src: string;
}

/** `sz-select`: the visitor selected a centre on the map (`id` null: the selection was cleared). */
export interface SzSelectDetail {
  id: string | null;
  center: Center | undefined;
}

/** Every event the elements fire, by name, with its detail. */
export interface SzEventMap {
  'sz-load': SzLoadDetail;
  'sz-error': SzErrorDetail;
  'sz-select': SzSelectDetail;
}

// Host code gets the detail types: el.addEventListener('sz-select', (e) => e.detail.id).
declare global {
  interface GlobalEventHandlersEventMap {
    'sz-load': CustomEvent<SzLoadDetail>;
    'sz-error': CustomEvent<SzErrorDetail>;
    'sz-select': CustomEvent<SzSelectDetail>;
  }
}

/** Fires one of our events: bubbling and composed, so a host page can listen anywhere. */
export function emit<K extends keyof SzEventMap>(target: EventTarget, type: K, detail: SzEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
