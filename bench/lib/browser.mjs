// The system Chromium through puppeteer-core: headless, offline flags, a fresh temporary profile
// that is removed on close.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeFlags, chromePath } from './paths.mjs';

export async function launch(extraArgs = []) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sz-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    userDataDir,
    args: [...chromeFlags, ...extraArgs],
    defaultViewport: { width: 1280, height: 800 },
  });
  const close = async () => {
    await browser.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, close, version: await browser.version() };
}

/**
 * A tab with the CPU throttled `rate`× (Emulation.setCPUThrottlingRate over the DevTools
 * protocol) and the HTTP cache off, so every page load fetches the same bytes.
 */
export async function throttledPage(browser, rate) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  page.on('pageerror', (err) => console.error(`  page error on ${page.url()}: ${err.message}`));
  return { page, cdp };
}
