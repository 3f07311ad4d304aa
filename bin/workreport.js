#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds dist/ through the `prepare` script). Exit codes: 0 ok, 1 some input
// failed, 2 usage error; errors go to stderr as one line (a stack only with --verbose).
import { main } from '../dist/cli/main.js';

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).catch((err) => {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error: ${msg.split('\n')[0]}\n`);
  if (verbose && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  process.exit(typeof err?.exitCode === 'number' ? err.exitCode : 1);
});
