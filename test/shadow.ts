// Reading inside a widget's shadow root, by CSS part: what the element harnesses
// (test/<element>/harness.ts) and tests on several elements at once share.
import { waitUntil } from '@open-wc/testing';

/** The open shadow root of a widget; fails, naming the tag, when it has none (yet). */
export function shadowOf(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no shadow root (not defined or not connected yet)`);
  return root;
}

/** The first element matching `selector` in the widget's shadow root. */
export const $ = (el: Element, selector: string) => shadowOf(el).querySelector<HTMLElement>(selector);
/** Every element matching `selector` in the widget's shadow root. */
export const $$ = (el: Element, selector: string) => [...shadowOf(el).querySelectorAll<HTMLElement>(selector)];

/** The selector of a CSS part: `[part~="name"]`. */
export const partSelector = (name: string) => `[part~="${name}"]`;
/** The first element with the CSS part `name` inside the widget. */
export const part = (el: Element, name: string) => $(el, partSelector(name));
/** Every element with the CSS part `name` inside the widget. */
export const parts = (el: Element, name: string) => $$(el, partSelector(name));

/**
 * Every element with the CSS part `name`, or none while the widget has no shadow root: for widgets
 * that are upgraded later (in a frame, or by a bundle that is still loading).
 */
export const upgradedParts = (el: Element | null | undefined, name: string): HTMLElement[] => [
  ...(el?.shadowRoot?.querySelectorAll<HTMLElement>(partSelector(name)) ?? []),
];

/** The trimmed texts of the parts `name`, or none while the widget has no shadow root (see above). */
export const upgradedPartTexts = (el: Element | null | undefined, name: string) =>
  upgradedParts(el, name).map((e) => e.textContent?.trim());

/** Text as it reads: runs of white space as one space, trimmed. */
export const squashed = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the widget shows the part `name`, and returns it; times out with `message`. */
export async function waitForPart(el: Element, name: string, message: string, timeout = 1000): Promise<HTMLElement> {
  await waitUntil(() => part(el, name), message, { timeout });
  return part(el, name)!;
}
