// Test-runner plugin: screenshots of a region of the test page, compared in Node.
//
//   executeServerCommand('sz-screenshot', { name, clip: { x, y, width, height } })
//     captures that region (CSS pixels, page coordinates) of the calling test's own page and
//     keeps it in memory under `name`.
//   executeServerCommand('sz-compare-screenshots', { a, b, threshold })
//     compares two captures with pixelmatch (`threshold`: per-pixel colour distance, 0–1) and
//     answers { sizeA, sizeB, differing, ratio, files }; when the sizes or any pixel differ,
//     `files` names the two captures (and a diff image) written to the system's temp directory
//     (always with SZ_KEEP_SCREENSHOTS=1).
//
// The page comes from the launcher (chromeLauncher and puppeteerLauncher both wrap puppeteer), so
// the capture is what the browser painted, not a re-render in Node.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import pngjs from 'pngjs';

const { PNG } = pngjs;
const shots = new Map();
const key = (session, name) => `${session.id}\u0000${name}`;

async function capture(session, { name, clip }) {
  const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
  if (!page || typeof page.screenshot !== 'function') {
    throw new Error(`sz-screenshot: the ${session.browser.name} launcher gives no page to capture`);
  }
  // The whole CSS pixels inside the box: a pixel the box only partly covers shows the page's
  // background too, which is the page's to change.
  const x = Math.ceil(clip.x);
  const y = Math.ceil(clip.y);
  const box = { x, y, width: Math.floor(clip.x + clip.width) - x, height: Math.floor(clip.y + clip.height) - y };
  const png = await page.screenshot({ type: 'png', clip: box });
  shots.set(key(session, name), PNG.sync.read(Buffer.from(png)));
  return true;
}

/** Writes captures to the system's temp directory for a person to look at; nothing reads them back. */
async function keep(pngs) {
  const dir = join(tmpdir(), 'sz-widgets-screenshots');
  await mkdir(dir, { recursive: true });
  return Promise.all(
    pngs.map(async ([name, png]) => {
      const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await writeFile(file, PNG.sync.write(png));
      return file;
    }),
  );
}

async function compare(session, { a, b, threshold }) {
  const first = shots.get(key(session, a));
  const second = shots.get(key(session, b));
  if (!first || !second) throw new Error(`sz-compare-screenshots: no capture named ${first ? b : a}`);
  shots.delete(key(session, a));
  shots.delete(key(session, b));
  const sizeA = `${first.width}×${first.height}`;
  const sizeB = `${second.width}×${second.height}`;
  const both = [
    [a, first],
    [b, second],
  ];
  if (sizeA !== sizeB) return { sizeA, sizeB, differing: -1, ratio: 1, files: await keep(both) };
  const { width, height } = first;
  const diff = new PNG({ width, height });
  const differing = pixelmatch(first.data, second.data, diff.data, width, height, { threshold });
  const files =
    differing > 0 || process.env.SZ_KEEP_SCREENSHOTS ? await keep([...both, [`${a}--${b}.diff`, diff]]) : [];
  return { sizeA, sizeB, differing, ratio: differing / (width * height), files };
}

export function screenshotPlugin() {
  return {
    name: 'sz-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command === 'sz-screenshot') return capture(session, payload);
      if (command === 'sz-compare-screenshots') return compare(session, payload);
      return undefined;
    },
  };
}
