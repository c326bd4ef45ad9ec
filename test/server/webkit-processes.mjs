// The processes behind the WebKit launcher (webkit-launcher.mjs): where MiniBrowser is, a free
// port for WebKitWebDriver, and an Xvfb display when there is none (the GTK port has no headless mode).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** MiniBrowser from libwebkit2gtk-4.1-0 (or 4.0), wherever the multiarch directory is. */
export function findMiniBrowser() {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const arch of ['', ...readdirSync(lib)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
        const path = [lib, arch, api, 'MiniBrowser'].filter(Boolean).join('/');
        if (existsSync(path)) return path;
      }
    }
  }
  return undefined;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts Xvfb on a display it chooses and resolves with ':N'. */
export function startXvfb(child) {
  return new Promise((resolve, reject) => {
    const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x4000x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    child.xvfb = proc;
    let out = '';
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    proc.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    proc.on('error', (e) => reject(new Error(`could not start Xvfb (apt-get install xvfb): ${e.message}`)));
    proc.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
}
