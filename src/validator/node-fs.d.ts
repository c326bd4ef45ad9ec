// The one Node API the validator uses, declared here because @types/node is not a dependency of
// this browser-first package. Module declarations merge, so this stays harmless if it is added.
declare module 'node:fs/promises' {
  export function readFile(path: string | URL, encoding: 'utf8'): Promise<string>;
}
