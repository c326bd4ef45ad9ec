import type { ErrorCode } from '../data/types.js';

export interface SzErrorDetail {
  code: ErrorCode;
  message: string;
  src: string;
}

/** Fires one of our `sz-*` events: bubbling and composed, so a host page can listen anywhere. */
export function emit<T>(target: EventTarget, type: `sz-${string}`, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
