// Every command of the CLI. Each module exports `register(program)`.
import type { Command } from 'commander';
import { register as registerExtract } from './extract.js';
import { register as registerEval } from './eval.js';
import { register as registerDemo } from './demo.js';
import { register as registerIngest } from './ingest.js';
import { register as registerReindex } from './reindex.js';
import { register as registerPlan } from './plan.js';
import { register as registerCompare } from './compare.js';
import { register as registerPanel } from './panel.js';
import { register as registerTrack } from './track.js';
import { register as registerProjects } from './projects.js';
import { register as registerSearch } from './search.js';
import { register as registerTerms } from './terms.js';
import { register as registerServe } from './serve.js';
import { register as registerIndicators } from './indicators.js';
import { register as registerInfo } from './info.js';
import { register as registerWorker } from './worker.js';
import { register as registerStatus } from './status.js';
import { register as registerExport } from './export.js';
import { register as registerRepair } from './repair.js';

export function registerCommands(program: Command): void {
  registerExtract(program);
  registerEval(program);
  registerDemo(program);
  registerIngest(program);
  registerReindex(program);
  registerPlan(program);
  registerCompare(program);
  registerPanel(program);
  registerTrack(program);
  registerProjects(program);
  registerSearch(program);
  registerTerms(program);
  registerServe(program);
  registerIndicators(program);
  registerInfo(program);
  registerWorker(program);
  registerStatus(program);
  registerExport(program);
  registerRepair(program);
}
