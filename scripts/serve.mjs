// Serves the demo page and the built package on 127.0.0.1 - no internet, no dependencies.
// /        -> demo/
// /dist/   -> dist/ (the package exactly as a partner would host it)
import { createServer } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { notFound, readServable } from './static-file.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);

function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  if (path.startsWith('..')) return null;
  return path.startsWith('dist/') ? join(root, path) : join(root, 'demo', path);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = await readServable(fileFor(url.pathname));
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
});
