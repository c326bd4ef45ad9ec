/**
 * Gives the main thread back for a moment: scheduler.yield() where the browser has it (the rest
 * of the work keeps its place in the queue), else a timer. (A message to ourselves avoids the
 * timer's 4 ms clamp, but Firefox then handled no key press until the whole feed was read.)
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * The updates that every widget on a page makes at the same moment, each in a task of its own: an
 * element's first one that shows content (a page's widgets are defined together, by one module)
 * and its first after a language switch (a site's switcher changes `lang` for all of them at once).
 * Together they would be one long task, the module's evaluation or the switch's. A skeleton is not
 * worth a task: it is drawn at once, so an element put on a page already drawn (by a framework, or
 * by script) holds its room in the very next frame instead of moving the text after it.
 */
export class OwnTask {
  /** The language of the element's last update that showed content. */
  #lang?: string;

  /** `heavy`: the update shows the element's content (data and strings), not its skeleton. */
  async run(lang: string, heavy: boolean, update: () => unknown): Promise<void> {
    if (heavy && lang !== this.#lang) {
      this.#lang = lang;
      await pause();
    }
    await update();
  }
}
