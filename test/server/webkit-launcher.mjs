// Test-runner launcher: WebKit (Debian's WebKitGTK MiniBrowser) driven by its own WebDriver,
// WebKitWebDriver, over the plain W3C WebDriver HTTP protocol. No browser download, no webdriverio.
//
// One WebKitWebDriver serves the whole run; each test file gets a WebDriver session of its own (a
// fresh MiniBrowser and web process), one at a time, so the runner's concurrency for this launcher
// is 1. A web process that has served dozens of test pages in turn is not what a visitor's browser
// is, and one did hang for good in the 50th file of a run (see the note in startSession).
// Without a DISPLAY the launcher starts its own Xvfb (the GTK port has no headless mode); Xvfb
// picks a free display number itself (-displayfd).
//
// The launcher's type is 'webdriver', so @web/test-runner-commands' sendKeys / sendMouse /
// resetMouse call the methods below. getPage() gives the screenshot plugin a page with a
// puppeteer-like screenshot({ clip }).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import pngjs from 'pngjs';
import { findMiniBrowser, freePort, sleep, startXvfb } from './webkit-processes.mjs';

export { webkitViewportPlugin } from './webkit-viewport.mjs';

const { PNG } = pngjs;

// W3C WebDriver key codes for the keys the tests press.
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};
const BUTTONS = { left: 0, middle: 1, right: 2 };

export function webkitLauncher({ browserPath = findMiniBrowser(), driverPath = 'WebKitWebDriver' } = {}) {
  const procs = {};
  let root; // http://127.0.0.1:port, once the driver answers
  let base; // root/session/<id> while a test file runs
  let starting;
  const active = new Set();

  async function wd(method, path, body, at = base) {
    const res = await fetch(`${at}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
      // A web process that stops answering must fail its test file, not hang the whole run.
      signal: AbortSignal.timeout(120000),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value ?? {};
      throw new Error(`WebDriver ${method} ${path}: ${v.error ?? res.status} ${v.message ?? ''}`.trim());
    }
    return json.value;
  }

  async function start() {
    if (!browserPath || !existsSync(browserPath)) {
      throw new Error(
        `WebKit's MiniBrowser was not found${browserPath ? ` at ${browserPath}` : ''}.\n` +
          'Install it with:  sudo apt-get install webkit2gtk-driver xvfb\n' +
          'or point WEBKIT_BROWSER_PATH at MiniBrowser.',
      );
    }
    const env = { ...process.env };
    if (!env.DISPLAY) env.DISPLAY = await startXvfb(procs);
    const port = await freePort();
    const driver = spawn(driverPath, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    procs.driver = driver;
    let log = '';
    driver.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
    const failed = new Promise((_, reject) => {
      const install = '(apt-get install webkit2gtk-driver)';
      driver.on('error', (e) => reject(new Error(`could not start ${driverPath} ${install}: ${e.message}`)));
      driver.on('exit', (code) => reject(new Error(`${driverPath} exited (${code}): ${log.trim()}`)));
    });
    failed.catch(() => {});
    const driverRoot = `http://127.0.0.1:${port}`;
    const ready = (async () => {
      for (let i = 0; i < 100; i++) {
        try {
          const res = await fetch(`${driverRoot}/status`);
          if ((await res.json()).value?.ready) return;
        } catch {
          /* not listening yet */
        }
        await sleep(100);
      }
      throw new Error(`${driverPath} did not answer on port ${port}`);
    })();
    await Promise.race([ready, failed]);
    root = driverRoot;
  }

  /** A fresh MiniBrowser window (and web process) for one test file. */
  async function openSession() {
    // WebKitWebDriver has one session at a time: one left by a file that failed to start goes first.
    await closeSession();
    const session = await wd(
      'POST',
      '/session',
      {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
          },
        },
      },
      root,
    );
    base = `${root}/session/${session.sessionId}`;
    launcher.version = session.capabilities?.browserVersion;
    // Same CSS viewport as headless Chromium's default (800×600): size the window so the page gets it.
    await setViewport({ width: 800, height: 600 }).catch(async (err) => {
      await closeSession();
      throw err;
    });
  }

  async function closeSession() {
    const closing = base;
    base = undefined;
    if (closing) await wd('DELETE', '', undefined, closing).catch(() => {});
  }

  /** The page's viewport, [innerWidth, innerHeight]. */
  const viewport = () => wd('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });

  async function setViewport({ width, height }) {
    let got = await viewport();
    const wrong = () => got[0] !== width || got[1] !== height;
    // A window that has just opened can take its new size a moment late (or not at first): asked
    // again until the page reports it.
    for (let attempt = 0; attempt < 20 && wrong(); attempt++) {
      const rect = await wd('GET', '/window/rect');
      await wd('POST', '/window/rect', {
        width: rect.width - got[0] + width,
        height: rect.height - got[1] + height,
      });
      got = await viewport();
      if (wrong()) await sleep(100);
    }
    if (wrong()) {
      throw new Error(`setViewport(${width}×${height}): the WebKit window gives a ${got[0]}×${got[1]} viewport`);
    }
  }

  const ensure = () => (starting ??= start());
  const actions = (list) => wd('POST', '/actions', { actions: list });
  const pointer = (steps) => ({ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps });

  const launcher = {
    name: 'WebKit',
    type: 'webdriver',
    concurrency: 1,
    version: undefined,

    async initialize() {},

    async startSession(sessionId, url) {
      await ensure();
      // A fresh browser per test file. With one window for all of them, WebKitGTK 2.50's web
      // process sometimes spun at full CPU in the 50th file (test/security/csp.test.ts, which
      // passed on its own and after every shorter list tried), never to answer again, so that every
      // later file failed. The cause was ours to meet: csp.test.ts removes frames while the bundle
      // still loads, and WebKit spins when a module is resumed at its top level after its page has
      // gone (fixed in src/index.ts; test/dist/removed-frame.test.ts). A fresh browser per file
      // stays: one file's leftovers cannot fail the next.
      await openSession();
      active.add(sessionId);
      await wd('POST', '/url', { url });
    },

    isActive: (sessionId) => active.has(sessionId),

    async getBrowserUrl() {
      return base ? wd('GET', '/url').catch(() => undefined) : undefined;
    },

    async stopSession(sessionId) {
      active.delete(sessionId);
      await closeSession();
      return {};
    },

    startDebugSession() {
      throw new Error('Debugging is not supported in the WebKit launcher; run with a DISPLAY and watch the window.');
    },

    async stop() {
      await closeSession();
      for (const p of [procs.driver, procs.xvfb]) if (p && p.exitCode === null) p.kill();
    },

    // @web/test-runner-commands' WebDriver hooks.
    async sendKeys(_sessionId, keys) {
      const steps = [];
      for (const k of keys) {
        // "Shift+Tab" style chords: press all, release in reverse.
        const parts = k.length > 1 && k.includes('+') ? k.split('+') : [k];
        const values = parts.map((p) => KEYS[p] ?? p);
        for (const value of values) steps.push({ type: 'keyDown', value });
        for (const value of [...values].reverse()) steps.push({ type: 'keyUp', value });
      }
      await actions([{ type: 'key', id: 'keyboard', actions: steps }]);
    },
    async sendMouseMove(_sessionId, x, y) {
      await actions([pointer([{ type: 'pointerMove', origin: 'viewport', x, y, duration: 0 }])]);
    },
    async sendMouseClick(_sessionId, x, y, button = 'left') {
      const b = BUTTONS[button] ?? 0;
      await actions([
        pointer([
          { type: 'pointerMove', origin: 'viewport', x, y, duration: 0 },
          { type: 'pointerDown', button: b },
          { type: 'pointerUp', button: b },
        ]),
      ]);
    },
    async sendMouseDown(_sessionId, button = 'left') {
      await actions([pointer([{ type: 'pointerDown', button: BUTTONS[button] ?? 0 }])]);
    },
    async sendMouseUp(_sessionId, button = 'left') {
      await actions([pointer([{ type: 'pointerUp', button: BUTTONS[button] ?? 0 }])]);
    },
    async resetMouse() {
      await wd('DELETE', '/actions');
      await actions([pointer([{ type: 'pointerMove', origin: 'viewport', x: 0, y: 0, duration: 0 }])]);
    },

    setViewport,

    /** A page for test/server/screenshot.mjs: screenshot({ clip }) in page CSS pixels. */
    getPage() {
      return {
        async screenshot({ clip }) {
          // WebDriver captures only the viewport (puppeteer captures beyond it): a taller clip
          // makes the window taller for the capture, then puts it back.
          const [vw, vh] = await viewport();
          const bottom = Math.ceil(clip.y + clip.height);
          if (bottom > vh) await setViewport({ width: vw, height: bottom });
          const [sx, sy, dpr] = await wd('POST', '/execute/sync', {
            script: 'return [scrollX, scrollY, devicePixelRatio]',
            args: [],
          });
          let data;
          try {
            data = await wd('GET', '/screenshot');
          } finally {
            if (bottom > vh) await setViewport({ width: vw, height: vh });
          }
          const shot = PNG.sync.read(Buffer.from(data, 'base64'));
          const x = Math.round((clip.x - sx) * dpr);
          const y = Math.round((clip.y - sy) * dpr);
          const width = Math.round(clip.width * dpr);
          const height = Math.round(clip.height * dpr);
          if (x < 0 || y < 0 || x + width > shot.width || y + height > shot.height) {
            const viewport = `${shot.width}×${shot.height}`;
            throw new Error(`screenshot clip ${JSON.stringify(clip)} is outside the ${viewport} viewport`);
          }
          const out = new PNG({ width, height });
          PNG.bitblt(shot, out, x, y, width, height, 0, 0);
          return PNG.sync.write(out);
        },
      };
    },
  };
  return launcher;
}
