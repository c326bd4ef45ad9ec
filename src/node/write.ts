// How the commands write their output files.
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Written beside the target and renamed over it: a reader never sees half a file. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const unique = `${process.pid}.${Math.random().toString(36).slice(2)}`;
  const temp = join(dirname(path), `.${basename(path)}.${unique}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
