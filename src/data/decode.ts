// Turns a response body into text. Feeds often declare the wrong charset, so the bytes get the
// first word: a BOM, then "is this valid UTF-8?", and only then the declared labels.

const decoder = (label: string): TextDecoder | undefined => {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // unknown or unsupported label (e.g. "replacement")
  }
};

export function decodeBody(bytes: ArrayBuffer | Uint8Array, contentType = ''): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const bom =
    b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf
      ? 'utf-8'
      : b[0] === 0xff && b[1] === 0xfe
        ? 'utf-16le'
        : b[0] === 0xfe && b[1] === 0xff
          ? 'utf-16be'
          : '';
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
