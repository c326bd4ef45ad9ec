// The one way the project's small servers (demo, benchmark, story check) read a file to send.
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { contentTypes } from './mime.mjs';

/**
 * The body and content type of `file` (a folder: its index.html), or null when there is no such
 * file or `file` is null (a path outside what the server serves).
 * @param {string | null} file
 * @returns {Promise<{ body: Buffer, type: string } | null>}
 */
export async function readServable(file) {
  if (!file) return null;
  try {
    const path = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
    return { body: await readFile(path), type: contentTypes[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

export const notFound = { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' };
