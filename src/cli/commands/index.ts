// Every command of the CLI. Each module exports `register(program)`.
import type { Command } from 'commander';
import { register as registerExtract } from './extract.js';
import { register as registerEval } from './eval.js';
import { register as registerDemo } from './demo.js';
import { register as registerIngest } from './ingest.js';
import { register as registerReindex } from './reindex.js';

export function registerCommands(program: Command): void {
  registerExtract(program);
  registerEval(program);
  registerDemo(program);
  registerIngest(program);
  registerReindex(program);
}
