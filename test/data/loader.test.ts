import { expect } from '@open-wc/testing';
import { load, MAX_BYTES } from '../../src/data/loader.js';
import { SzError } from '../../src/data/types.js';
import { faultUrl, requestsSeen, serverStats, sleep } from '../helpers.js';

const text = (b: ArrayBuffer) => new TextDecoder().decode(b);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('load()', () => {
  it('returns the body, its content type and final URL', async () => {
    const { url } = faultUrl({ path: 'news/alpha.json' });
    const res = await load(url);
    expect(text(res.bytes)).to.contain('alpha item 1');
    expect(res.type).to.contain('application/json');
    expect(res.url).to.equal(url);
  });

  it('makes one request for many concurrent and later askers of one URL', async () => {
    const { url, key } = faultUrl({ path: 'news/alpha.json', delay: 200 });
    await Promise.all([load(url), load(url), load(url)]);
    await load(url);
    expect((await serverStats(key)).requests).to.equal(1);
  });

  it('asks the network again when told the data must be fresh', async () => {
    const { url, key } = faultUrl({ path: 'news/alpha.json' });
    await load(url);
    await load(url, { fresh: true });
    expect((await serverStats(key)).requests).to.equal(2);
  });

  it('retries a 500 and succeeds', async () => {
    const { url, key } = faultUrl({ path: 'news/alpha.json', fail: 1 });
    const res = await load(url);
    expect(text(res.bytes)).to.contain('alpha');
    expect((await serverStats(key)).requests).to.equal(2);
  });

  it('gives up after two retries of a 503 with an http error', async () => {
    const { url, key } = faultUrl({ path: 'news/alpha.json', fail: 5, failStatus: 503 });
    const err = (await rejection(load(url))) as SzError;
    expect(err).to.be.instanceOf(SzError);
    expect(err.code).to.equal('http');
    expect(err.status).to.equal(503);
    expect((await serverStats(key)).requests).to.equal(3);
  });

  it('does not retry a 404, and does not cache the failure', async () => {
    const { url, key } = faultUrl({ path: 'news/alpha.json', fail: 1, failStatus: 404 });
    const err = (await rejection(load(url))) as SzError;
    expect([err.code, err.status]).to.deep.equal(['http', 404]);
    expect((await serverStats(key)).requests).to.equal(1);
    expect(text((await load(url)).bytes)).to.contain('alpha');
  });

  it('times out a server that does not answer', async () => {
    const { url } = faultUrl({ path: 'news/alpha.json', delay: 3000 });
    const err = (await rejection(load(url, { timeout: 300 }))) as SzError;
    expect(err.code).to.equal('timeout');
  });

  it('reports a truncated body as a network failure after retrying', async () => {
    const { url, key } = faultUrl({ path: 'news/seven.rss.xml', truncate: 40 });
    const err = (await rejection(load(url))) as SzError;
    expect(err.code).to.equal('network');
    expect((await serverStats(key)).requests).to.equal(3);
  });

  it('reports an unreachable host as a network failure', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const err = (await rejection(load('http://127.0.0.1:9/feed.json', { timeout: 8000 }))) as SzError;
    expect(err.code).to.equal('network');
  });

  it('says CORS may be why when another origin gives no readable answer, and not for its own origin', async () => {
    const own = faultUrl({ path: 'news/alpha.json', cors: 'none', truncate: 10 });
    const sameOrigin = (await rejection(load(own.url))) as SzError;
    expect(sameOrigin.code).to.equal('network');
    expect(sameOrigin.crossOrigin).to.equal(false);
    expect(sameOrigin.message).to.not.contain('CORS');

    const other = new URL(faultUrl({ path: 'news/alpha.json', cors: 'none' }).url);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const crossOrigin = (await rejection(load(other.href))) as SzError;
    expect(crossOrigin.code).to.equal('network');
    expect(crossOrigin.crossOrigin).to.equal(true);
    expect(crossOrigin.message)
      .to.contain(other.origin)
      .and.contain('may not allow other sites to read its data (CORS)');
    expect(crossOrigin.message).to.contain('#feeds-from-other-sites-cors');
  });

  it('refuses a body over the size limit', async () => {
    const { url } = faultUrl({ size: MAX_BYTES + 1, type: 'application/json' });
    const err = (await rejection(load(url))) as SzError;
    expect(err.code).to.equal('too-large');
  });

  it('aborts the request when its only asker goes away', async () => {
    const { url, key } = faultUrl({ path: 'news/alpha.json', delay: 1500 });
    const controller = new AbortController();
    const pending = load(url, { signal: controller.signal });
    await requestsSeen(key);
    controller.abort();
    const err = (await rejection(pending)) as DOMException;
    expect(err.name).to.equal('AbortError');
    await sleep(300);
    expect(await serverStats(key)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('keeps the request alive while another asker still waits', async () => {
    const { url, key } = faultUrl({ path: 'news/alpha.json', delay: 500 });
    const controller = new AbortController();
    const first = load(url, { signal: controller.signal });
    const second = load(url);
    controller.abort();
    await rejection(first);
    expect(text((await second).bytes)).to.contain('alpha');
    expect(await serverStats(key)).to.deep.equal({ requests: 1, aborted: 0 });
  });
});
