// Shared test helpers that belong to no one element: URLs on the fault-producing test server
// (test/server/faults.mjs), the shipped data, console capture, stored copies. Reading inside a
// widget is test/shadow.ts; what one element shows is read through its harness
// (test/<element>/harness.ts). No test library here: the feed tests also run in Node.

let counter = 0;

export interface Fault {
  path?: string;
  body?: string;
  type?: string;
  status?: number;
  delay?: number;
  fail?: number;
  failStatus?: number;
  truncate?: number;
  size?: number;
  failFrom?: number;
  retryAfter?: number;
  trickle?: number;
  redirect?: string;
  cors?: 'none';
  items?: number;
  cache?: string;
}

/** A URL on the test server; each call gets its own key so the page-wide loader cache never mixes tests. */
export function faultUrl(
  fault: Fault,
  key = `k${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`,
): { url: string; key: string } {
  const q = new URLSearchParams({ key });
  for (const [name, value] of Object.entries(fault)) if (value !== undefined) q.set(name, String(value));
  return { url: new URL(`/__fault/serve?${q}`, location.href).href, key };
}

export async function serverStats(key: string): Promise<{ requests: number; aborted: number }> {
  return (await fetch(`/__fault/stats?key=${encodeURIComponent(key)}`, { cache: 'no-store' })).json();
}

/**
 * Waits until the test server has seen `count` requests for `key`: a test about a request in flight
 * starts from there, not from a guess at how long the browser takes to send it.
 */
export async function requestsSeen(key: string, count = 1, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await serverStats(key)).requests < count) {
    if (Date.now() > until) throw new Error(`the test server saw fewer than ${count} request(s) for ${key}`);
    await sleep(20);
  }
}

/** The shipped dataset of centres, as the test server serves it. */
export const shippedCentres = new URL('/datasets/centres.geojson', location.href).href;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Captures console.warn calls for the duration of a test. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

export function clearStoredCopies(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('sz-widgets:')) localStorage.removeItem(key);
}
