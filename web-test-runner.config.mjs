// Browser tests: headless Chromium, Firefox ESR and WebKit from the system (no browser downloads).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';
import { faultMiddleware } from './test/server/faults.mjs';
import { prerenderMiddleware } from './test/server/prerender.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { screenshotPlugin } from './test/server/screenshot.mjs';
import { webkitLauncher, webkitViewportPlugin } from './test/server/webkit-launcher.mjs';

const CHROME_PATH = chromiumPath;
const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
// BROWSERS=chromium (or firefox, or webkit, or two of them) narrows a local run; CI runs all three.
const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim());

function requireBrowser(name, path, pkg, envVar) {
  if (existsSync(path)) return;
  console.error(
    `\n${name} was not found at ${path}.\n` +
      `Install it with:  sudo apt-get install ${pkg}\n` +
      `or point ${envVar} at an existing ${name} binary.\n`,
  );
  process.exit(1);
}

const browsers = [];
const extraPlugins = [];
if (wanted.includes('chromium')) {
  requireBrowser('Chromium', CHROME_PATH, 'chromium', 'CHROME_PATH');
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: [
          ...chromiumFlags,
          // window.gc() for the lifetime test's heap measurement.
          '--js-flags=--expose-gc',
        ],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  requireBrowser('Firefox ESR', FIREFOX_PATH, 'firefox-esr', 'FIREFOX_PATH');
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
    }),
  );
}

// WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver, in an Xvfb display of its own.
if (wanted.includes('webkit')) {
  requireBrowser('WebKitWebDriver', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver xvfb', 'PATH');
  browsers.push(webkitLauncher());
  extraPlugins.push(webkitViewportPlugin());
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  browsers,
  // One page at a time: a page in a background tab is "hidden", which pauses animation frames
  // and (by design) the widgets' refresh polling.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    screenshotPlugin(),
    ...extraPlugins,
  ],
  // Prerendered pages first: it also logs the requests those pages make.
  middleware: [prerenderMiddleware, faultMiddleware],
  reporters: [defaultReporter(), countReporter()],
  // Partial local runs (one file) set NO_COVERAGE=1; npm test always measures coverage.
  coverage: !process.env.NO_COVERAGE,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 90, branches: 80, functions: 85, lines: 90 },
  },
};
