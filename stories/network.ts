import { writeStored } from '../src/data/store.js';

/**
 * Lets the page's requests to `…/never-answers/…` stay open (a service worker answers with
 * headers and a body that never comes), so a loading story shows the element's real loading
 * state, not an imitation. Service workers need a secure context (localhost, 127.0.0.1, https):
 * elsewhere the request simply fails with 404 and the story shows the error state.
 */
export async function requestsNeverAnswer(): Promise<void> {
  const workers = navigator.serviceWorker;
  if (!workers) {
    console.warn(
      'sz-widgets stories: no service worker here (not a secure context); the loading story ends in an error.',
    );
    return;
  }
  await workers.register(new URL('sz-never-answers-sw.js', document.baseURI), { scope: './' });
  await workers.ready;
  // The first time, the worker takes over this page when it activates (clients.claim()).
  if (!workers.controller)
    await new Promise((resolve) => workers.addEventListener('controllerchange', resolve, { once: true }));
}

/**
 * What a returning visitor has: the element's own stored copy of `src` (written with the
 * package's store, as a successful load would), saved at `savedAt`. Pointed at a URL that now
 * fails, the element shows that copy marked "may be out of date" — the stale state.
 */
export function storedCopy(src: string, text: string, type: string, savedAt: Date): void {
  const url = new URL(src, document.baseURI).href;
  writeStored(url, { text, type, url, at: savedAt.getTime() });
}
