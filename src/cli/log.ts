// What the CLI says besides its output, always on stderr: errors always, notes and warnings unless --quiet,
// details with --verbose. Standard output carries only the command's result.
export type Verbosity = 'quiet' | 'normal' | 'verbose';

let level: Verbosity = 'normal';

export function setVerbosity(v: Verbosity): void {
  level = v;
}

export function verbosity(): Verbosity {
  return level;
}

export const log = {
  /** `error: <what>: <reason>`: always shown. */
  error(line: string): void {
    process.stderr.write(line.endsWith('\n') ? line : line + '\n');
  },
  warn(line: string): void {
    if (level !== 'quiet') process.stderr.write(`warning: ${line}\n`);
  },
  info(line: string): void {
    if (level !== 'quiet') process.stderr.write(line.endsWith('\n') ? line : line + '\n');
  },
  debug(line: string): void {
    if (level === 'verbose') process.stderr.write(line.endsWith('\n') ? line : line + '\n');
  },
};
