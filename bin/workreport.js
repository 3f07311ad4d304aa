#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds dist/ through the `prepare` script).
import { main } from '../dist/cli/main.js';

main(process.argv).catch((err) => {
  process.stderr.write(`workreport: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
