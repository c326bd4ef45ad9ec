// Where the commands write: standard output for results and help, standard error for progress and
// failures. Tests pass their own to read what a run said.
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const standardStreams: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };
