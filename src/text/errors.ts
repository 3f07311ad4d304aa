// The one error type of the loading stage: a bad input file, reported as a single line `<file>: <reason>`.

export class InputError extends Error {
  override readonly name = 'InputError';
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    // Newlines inside a reason (e.g. from a library message) would break the one-line contract.
    const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const f = oneLine(file);
    const r = oneLine(reason);
    super(`${f}: ${r}`);
    this.file = f;
    this.reason = r;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
