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
 * An element's update, its first one in a task of its own: a page's widgets are defined together
 * (one module), and their first renders would otherwise all run in the task that evaluates it.
 */
export async function firstInTaskOfItsOwn(host: { hasUpdated: boolean }, update: () => unknown): Promise<void> {
  if (!host.hasUpdated) await pause();
  await update();
}
