// Every command of the CLI. Each module exports `register(program)`.
import type { Command } from 'commander';
import { register as registerIngest } from './ingest.js';
import { register as registerReindex } from './reindex.js';

export function registerCommands(program: Command): void {
  void program;
  registerIngest(program);
  registerReindex(program);
}
