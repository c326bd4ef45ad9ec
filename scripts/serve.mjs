// Serves the demo page and the built package on 127.0.0.1 - no internet, no dependencies.
// /                   -> demo/
// /dist/              -> dist/ (the package exactly as a partner would host it)
// /prerendered.html   -> demo/index.html prerendered by the built renderer (`sz-widgets render`)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { notFound, readServable } from './static-file.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);

function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  if (path.startsWith('..')) return null;
  return path.startsWith('dist/') ? join(root, path) : join(root, 'demo', path);
}

// Rendered once per run, when first asked for: the same page, its widgets in the HTML.
let prerendered;
async function prerender() {
  const { renderPage } = await import('../dist/render/index.js');
  const page = await readFile(join(root, 'demo/index.html'), 'utf8');
  try {
    const { html } = await renderPage(page, { baseUrl: 'http://127.0.0.1/' });
    return { type: 'text/html; charset=utf-8', body: html };
  } catch (e) {
    console.error('sz-widgets demo: could not prerender demo/index.html:', e);
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found =
    url.pathname === '/prerendered.html'
      ? await (prerendered ??= prerender())
      : await readServable(fileFor(url.pathname));
  const { status, type, body } = found ? { status: 200, ...found } : notFound;
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  res.end(body);
});

const port = Number(process.env.PORT ?? 8080);
server.on('error', (err) => {
  if (err.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, '127.0.0.1');
  else throw err;
});
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`sz-widgets demo: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
  console.log(`  the same page prerendered: http://127.0.0.1:${actual}/prerendered.html`);
});
