const ALLOWED = new Set(['http:', 'https:']);

/**
 * The one URL-safety rule: resolve `value` against `base` and return it only when it is an
 * http(s) URL (or mailto:, where the caller allows it). Anything else - javascript:, data:,
 * vbscript:, garbage - becomes `undefined`, so it can never reach an href or src.
 * The WHATWG URL parser strips control characters and tabs/newlines exactly as a browser does
 * before following a link, so "java\nscript:" is judged as what it would really be.
 */
export function safeUrl(value: unknown, base?: string, allowMailto = false): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) || (allowMailto && url.protocol === 'mailto:') ? url.href : undefined;
}
