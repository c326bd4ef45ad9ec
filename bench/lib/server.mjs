// The benchmark's own static server, on 127.0.0.1 and an ephemeral port, offline.
//
//   /                   -> demo/          (as scripts/serve.mjs serves it)
//   /dist/              -> dist/          (the package as a partner hosts it)
//   /bench/             -> bench/pages/   (the benchmark pages)
//   /vendor/leaflet/    -> node_modules/leaflet/dist/
//   /vendor/topojson-client.min.js, /vendor/countries-110m.json   (what a Leaflet page needs)
//   /gen/<name>         -> generated in memory by run.mjs (feeds, the React bundle, …)
//   /slow/<path>?delay=ms -> the file at /<path> after an artificial delay, never cached
//
// Headers are those of scripts/serve.mjs (Content-Type, `Cache-Control: no-cache`). With
// `compress: true` text responses are gzip-encoded, as a CDN would send them.
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './paths.mjs';
import { notFound, readServable } from '../../scripts/static-file.mjs';

const TEXT = /^(text\/|application\/(json|feed\+json|javascript))|svg/;

const mounts = (dist) => [
  ['/dist/', dist],
  ['/bench/', join(root, 'bench/pages')],
  ['/vendor/leaflet/', join(root, 'node_modules/leaflet/dist')],
  ['/vendor/topojson-client.min.js', join(root, 'node_modules/topojson-client/dist/topojson-client.min.js')],
  ['/vendor/countries-110m.json', join(root, 'node_modules/world-atlas/countries-110m.json')],
  ['/', join(root, 'demo')],
];

export function fileFor(pathname, dist = join(root, 'dist')) {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes('..')) return null;
  for (const [prefix, dir] of mounts(dist)) {
    if (path === prefix) return dir;
    if (prefix.endsWith('/') && path.startsWith(prefix)) return join(dir, path.slice(prefix.length));
  }
  return null;
}

/**
 * @param {{ generated?: Map<string, { body: string | Buffer, type: string }>, compress?: boolean, dist?:
 * string }} options
 * @returns {Promise<{ origin: string, port: number, close(): Promise<void>, requests: string[] }>}
 */
export function startServer({ generated = new Map(), compress = false, dist } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let pathname = url.pathname;
    let cache = 'no-cache';
    if (pathname.startsWith('/slow/')) {
      const delay = Number(url.searchParams.get('delay') ?? 300);
      await new Promise((r) => setTimeout(r, delay));
      pathname = pathname.slice('/slow'.length);
      // The point is to measure the offline copy in localStorage, not the HTTP cache.
      cache = 'no-store';
    }
    const send = (status, type, body) => {
      const headers = { 'Content-Type': type, 'Cache-Control': cache };
      if (compress && status === 200 && TEXT.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = Buffer.byteLength(body);
      res.writeHead(status, headers);
      res.end(body);
    };
    const gen = pathname.startsWith('/gen/') ? generated.get(pathname.slice('/gen/'.length)) : undefined;
    if (gen) return send(200, gen.type, gen.body);
    const found = await readServable(fileFor(pathname, dist));
    if (found) send(200, found.type, found.body);
    else send(notFound.status, notFound.type, notFound.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        port,
        requests,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}
