#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds dist/ through the `prepare` script).
import { main } from '../dist/cli/main.js';

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).catch((err) => {
  process.stderr.write(`workreport: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
