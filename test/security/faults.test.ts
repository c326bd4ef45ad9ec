// The fault matrix: every element against every way a network and a server fail, produced by the
// test server (test/server/faults.mjs). Each case ends in the right state with a readable,
// localised sentence, one sz-error with a stable code, one console warning, no unhandled rejection.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import fr from '../../src/i18n/fr.js';
import { MAX_BYTES } from '../../src/data/loader.js';
import type { SzErrorDetail } from '../../src/shared/events.js';
import { captureWarnings, clearStoredCopies, faultUrl, serverStats } from '../helpers.js';
import { part } from '../shadow.js';

interface Kind {
  tag: 'sz-news-list' | 'sz-center-card' | 'sz-center-map';
  fixture: string;
  /** What an HTML page served with 200 is, to this element. */
  htmlCode: string;
  /** The part that shows once it has loaded. */
  loaded: string;
}

const kinds: Kind[] = [
  { tag: 'sz-news-list', fixture: 'news/alpha.json', htmlCode: 'unsupported', loaded: 'item' },
  { tag: 'sz-center-card', fixture: 'datasets/centres.geojson', htmlCode: 'parse', loaded: 'name' },
  { tag: 'sz-center-map', fixture: 'datasets/centres.geojson', htmlCode: 'parse', loaded: 'marker' },
];

type Case = [
  name: string,
  src: (kind: Kind) => { url: string; key: string },
  expected: 'loaded' | string[],
  requests?: number,
];

const cases: Case[] = [
  ['a DNS failure', () => ({ url: 'http://sz-widgets-test.invalid/data.json', key: '' }), ['network', 'timeout']],
  ['a refused connection', () => ({ url: 'http://127.0.0.1:9/data.json', key: '' }), ['network']],
  ['404', (k) => faultUrl({ path: k.fixture, status: 404 }), ['http'], 1],
  ['410', (k) => faultUrl({ path: k.fixture, status: 410 }), ['http'], 1],
  [
    '429 with Retry-After, then success',
    (k) => faultUrl({ path: k.fixture, fail: 1, failStatus: 429, retryAfter: 1 }),
    'loaded',
    2,
  ],
  ['500 every time', (k) => faultUrl({ path: k.fixture, fail: 9, failStatus: 500 }), ['http'], 3],
  ['503, then success', (k) => faultUrl({ path: k.fixture, fail: 1, failStatus: 503 }), 'loaded', 2],
  ['a server that does not answer in time', (k) => faultUrl({ path: k.fixture, delay: 4000 }), ['timeout']],
  ['a slow trickle that completes', (k) => faultUrl({ path: k.fixture, trickle: 100 }), 'loaded', 1],
  ['a trickle slower than the timeout', (k) => faultUrl({ path: k.fixture, trickle: 700 }), ['timeout']],
  ['a truncated body', (k) => faultUrl({ path: k.fixture, truncate: 30 }), ['network'], 3],
  ['an empty body', () => faultUrl({ body: '', type: 'application/json' }), ['parse'], 1],
  ['an HTML error page with status 200', () => faultUrl({ path: 'news/error.html' }), ['KIND'], 1],
  ['a wrong content type with a valid body', (k) => faultUrl({ path: k.fixture, type: 'text/plain' }), 'loaded', 1],
  [
    `a response over ${MAX_BYTES / 1048576} MB (20 MB)`,
    () => faultUrl({ size: 20_000_000, type: 'application/json' }),
    ['too-large'],
  ],
  [
    'a redirect',
    (k) => {
      const target = faultUrl({ path: k.fixture });
      return faultUrl({ redirect: new URL(target.url).pathname + new URL(target.url).search });
    },
    'loaded',
  ],
  [
    'a cross-origin server that refuses CORS',
    (k) => {
      const f = faultUrl({ path: k.fixture, cors: 'none' });
      const url = new URL(f.url);
      url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      return { url: url.href, key: f.key };
    },
    ['network'],
  ],
];

describe('fault matrix', () => {
  const rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  beforeEach(() => {
    clearStoredCopies();
    rejections.length = 0;
  });
  afterEach(() => expect(rejections, 'unhandled rejections').to.deep.equal([]));

  for (const kind of kinds) {
    describe(`<${kind.tag}>`, () => {
      for (const [name, src, expected, requests] of cases) {
        const either = expected === 'loaded' ? '' : expected.join(' or ').replace('KIND', kind.htmlCode);
        const outcome = expected === 'loaded' ? 'loads' : `error ${either}`;
        it(`${name}: ${outcome}`, async () => {
          const { url, key } = src(kind);
          const warnings = captureWarnings();
          const errors: SzErrorDetail[] = [];
          try {
            const el = await fixture<HTMLElement>(html`<div lang="fr" style="width: 900px"></div>`);
            const widget = document.createElement(kind.tag);
            widget.setAttribute('timeout', '2.5');
            widget.setAttribute('src', url);
            if (kind.tag === 'sz-center-card') widget.setAttribute('center', 'boston');
            widget.addEventListener('sz-error', (e) => errors.push((e as CustomEvent<SzErrorDetail>).detail));
            el.append(widget);
            if (expected === 'loaded') {
              await waitUntil(() => part(widget, kind.loaded), 'did not load', { timeout: 9000 });
              expect(errors).to.deep.equal([]);
              expect(warnings.messages).to.deep.equal([]);
            } else {
              await waitUntil(() => errors.length > 0, 'no sz-error', { timeout: 9000 });
              await waitUntil(() => part(widget, 'retry-button'), 'no Retry button');
              const codes = expected.map((c) => (c === 'KIND' ? kind.htmlCode : c));
              expect(codes).to.include(errors[0].code);
              expect(errors[0].src).to.equal(url);
              expect(errors).to.have.length(1);
              expect(warnings.messages).to.have.length(1);
              // The visitor reads a sentence in the page's language, not a technical message.
              const said = part(widget, 'status')!.textContent!.trim();
              if (new URL(url).origin !== location.origin) {
                // No answer from another site: the browser does not tell a refused CORS read from
                // an unreachable host, so the sentence says CORS may be why, and where to read more.
                expect(said).to.equal(fr.problems.failedCors);
                const cors = /may not allow other sites to read its data \(CORS\).*Feeds from other sites \(CORS\)/;
                expect(errors[0].message).to.match(cors);
              } else {
                expect([fr.problems.failedLoad, fr.problems.failedFormat]).to.include(said);
                expect(errors[0].message).to.not.contain('CORS');
              }
            }
            if (requests !== undefined && key) expect((await serverStats(key)).requests).to.equal(requests);
            if (name.includes('CORS')) expect((await serverStats(key)).requests).to.be.at.least(1);
            widget.remove();
          } finally {
            warnings.restore();
          }
        });
      }
    });
  }
});
