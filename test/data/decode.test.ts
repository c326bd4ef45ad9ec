import { expect } from '@open-wc/testing';
import { decodeBody } from '../../src/data/decode.js';
import { parseFeed } from '../../src/data/feed.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
// "Café “Zürich”" in windows-1252: é=E9, “=93, ”=94, ü=FC (0x93/0x94 differ from ISO-8859-1's C1 controls).
const CP1252 = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x94];
// "Привет" in KOI8-R, which is not valid UTF-8.
const KOI8 = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];
const utf16le = (s: string) => new Uint8Array(Uint16Array.from(s, (c) => c.charCodeAt(0)).buffer);

describe('decodeBody()', () => {
  it('reads UTF-8 and drops its BOM', () => {
    expect(decodeBody(bytes([0xef, 0xbb, 0xbf], utf8('<rss>深圳</rss>')))).to.equal('<rss>深圳</rss>');
    expect(decodeBody(utf8('{"title":"深圳"}'))).to.equal('{"title":"深圳"}');
  });

  it('reads UTF-16 with a BOM, whatever the headers say', () => {
    const le = bytes([0xff, 0xfe], utf16le('<rss>é</rss>'));
    expect(decodeBody(le, 'text/xml; charset=iso-8859-1')).to.equal('<rss>é</rss>');
    const be = bytes([0xfe, 0xff], [0, 0x3c, 0x4e, 0x2d, 0, 0x3e]); // "<中>"
    expect(decodeBody(be.buffer)).to.equal('<中>');
  });

  it('prefers valid UTF-8 over a wrong declared charset', () => {
    expect(decodeBody(utf8('Café 深圳'), 'application/rss+xml; charset=ISO-8859-1')).to.equal('Café 深圳');
    const declared = utf8('<?xml version="1.0" encoding="windows-1252"?><rss>Café</rss>');
    expect(decodeBody(declared)).to.equal('<?xml version="1.0" encoding="windows-1252"?><rss>Café</rss>');
  });

  it('uses the Content-Type charset for bytes that are not UTF-8', () => {
    expect(decodeBody(new Uint8Array(KOI8), 'text/xml; charset="KOI8-R"')).to.equal('Привет');
  });

  it('uses the XML declaration when the Content-Type has no charset', () => {
    const doc = bytes(utf8('<?xml version="1.0" encoding="koi8-r"?><t>'), KOI8, utf8('</t>'));
    expect(decodeBody(doc, 'application/xml')).to.equal('<?xml version="1.0" encoding="koi8-r"?><t>Привет</t>');
  });

  it('falls back to windows-1252, also for unknown labels and a wrong UTF-8 label', () => {
    const text = 'Café “Zürich”';
    expect(decodeBody(new Uint8Array(CP1252))).to.equal(text);
    expect(decodeBody(new Uint8Array(CP1252), 'text/xml; charset=x-no-such-charset')).to.equal(text);
    expect(decodeBody(new Uint8Array(CP1252), 'text/xml; charset=utf-8')).to.equal(text);
    expect(decodeBody(new Uint8Array(CP1252).buffer, 'text/xml; charset=iso-2022-kr')).to.equal(text);
  });

  it('reads UTF-16 without a BOM when the charset says so', () => {
    expect(decodeBody(utf16le('<rss>é</rss>'), 'application/xml; charset=utf-16le')).to.equal('<rss>é</rss>');
  });

  // The dev server re-encodes text files it serves as UTF-8, so these byte-exact fixtures come
  // through the fault server, which sends them untouched with the Content-Type asked for.
  async function serve(path: string, type: string): Promise<[ArrayBuffer, string]> {
    const q = new URLSearchParams({ path, type, key: `decode-${path}-${Math.random()}` });
    const res = await fetch(`/__fault/serve?${q}`);
    return [await res.arrayBuffer(), res.headers.get('content-type') || ''];
  }

  it('rescues feeds that declare the wrong encoding (decodeBody + parseFeed)', async () => {
    const [cp, cpType] = await serve('feeds/latin1-declared-utf8.xml', 'application/rss+xml; charset=utf-8');
    expect(cp.byteLength).to.equal(230); // really windows-1252 bytes
    const a = parseFeed(decodeBody(cp, cpType), { contentType: cpType });
    expect(a.title).to.equal('Café “Zürich”');
    expect(a.items[0].title).to.equal('Naïve – résumé');

    const [u8, u8Type] = await serve('feeds/utf8-declared-latin1.xml', 'text/xml; charset=iso-8859-1');
    const b = parseFeed(decodeBody(u8, u8Type), { contentType: u8Type });
    expect(b.title).to.equal('深圳 news');
    expect(b.items[0].title).to.equal('深圳海外创新中心 – café');
  });
});
