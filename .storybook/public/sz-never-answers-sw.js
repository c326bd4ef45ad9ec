// Storybook's static build has no server of its own, so the loading stories get a request that
// really stays open from this service worker: any URL with /never-answers/ in its path gets
// response headers and then a body that never arrives. Everything else goes to the network
// untouched. Registered only by those stories (stories/network.ts).
/* global self, URL, ReadableStream, Response -- a service worker's globals */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (!new URL(event.request.url).pathname.includes('/never-answers/')) return;
  const body = new ReadableStream({ start() {} });
  event.respondWith(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
});
