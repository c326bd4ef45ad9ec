// Turns a response body into text. Feeds often declare the wrong charset, so the bytes get the
// first word: a BOM, then "is this valid UTF-8?", and only then the declared labels.

const decoder = (label: string): TextDecoder | undefined => {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // unknown or unsupported label (e.g. "replacement")
  }
};

// Byte order marks and the encodings they announce.
const BOMS: [mark: number[], label: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding the body's byte order mark announces; undefined when it starts with none. */
const bomLabel = (b: Uint8Array): string | undefined =>
  BOMS.find(([mark]) => mark.every((byte, i) => b[i] === byte))?.[1];

/** A response body as text, in the encoding its bytes, its Content-Type or its XML declaration give. */
export function decodeBody(bytes: ArrayBuffer | Uint8Array, contentType = ''): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const bom = bomLabel(b);
  if (bom) return new TextDecoder(bom).decode(b); // the decoder strips the BOM itself
  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(b);
    // UTF-16 without a BOM is "valid UTF-8" full of NULs, which XML and JSON never contain.
    if (!utf8.includes('\0')) return utf8;
  } catch {
    // not UTF-8: use what the server or the document says
  }
  // NULs dropped so a UTF-16 declaration without a BOM is readable too.
  const head = new TextDecoder('windows-1252').decode(b.subarray(0, 1024)).replace(/\0/g, '');
  for (const label of [
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1],
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1],
  ]) {
    const d = label && decoder(label);
    // A UTF-8 label on bytes that are not UTF-8 is known to be wrong: try the next source.
    if (d && (d.encoding !== 'utf-8' || utf8 !== undefined)) return d.decode(b);
  }
  return utf8 ?? new TextDecoder('windows-1252').decode(b);
}
