// The few Node APIs the feed and render commands use, declared here because @types/node is not a dependency
// of this browser-first package (see src/validator/node-fs.d.ts). Module declarations merge.
declare module 'node:fs/promises' {
  export function readFile(path: string | URL, encoding: 'utf8'): Promise<string>;
  export function readFile(path: string | URL): Promise<Uint8Array>;
  export function writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>;
  export function rename(from: string, to: string): Promise<void>;
  export function rm(path: string, options?: { force?: boolean }): Promise<void>;
}
declare module 'node:path' {
  export function resolve(...paths: string[]): string;
  export function dirname(path: string): string;
  export function basename(path: string): string;
  export function join(...paths: string[]): string;
}
declare module 'node:url' {
  export function pathToFileURL(path: string): URL;
  export function fileURLToPath(url: string | URL): string;
}
declare const process: { pid: number; cwd(): string; stdout: { write(text: string): boolean } };
