// `workreport demo` (what `npm start` runs): loads the bundled sample reports into the local library and
// shows what the tool reads from them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { NATIONAL_JSONL, SEEDS_DIR } from '../paths.js';
import { readSources } from '../sources.js';
import { readReport } from '../../extract/report.js';
import { summarise } from '../format/summary.js';

export function register(program: Command): void {
  program
    .command('demo')
    .description('load the bundled sample reports into the local library and show their targets and results')
    .option('--db <path>', 'library file (default: $WORKREPORT_DB or ./.workreport/library.sqlite)')
    .action(async (opts: { db?: string }) => {
      const { openLibrary, resolveDbPath } = await import('../../store/db.js');
      const { ingest } = await import('../../store/ingest.js');
      const lib = await openLibrary(resolveDbPath(opts.db));
      try {
        const s = await ingest(lib, [SEEDS_DIR, NATIONAL_JSONL]);
        console.log(`Library ${lib.path}: ${s.added} reports added, ${s.unchanged} already there (${s.seconds.toFixed(1)} s).\n`);
      } finally {
        await lib.close();
      }
      const seeds = readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f));
      for await (const src of readSources(seeds)) {
        if (src instanceof Error) console.error(`error: ${src.message}`);
        else console.log(summarise(src.file.slice(SEEDS_DIR.length + 1), readReport(src.raw, src.hints)) + '\n');
      }
      console.log('Next: workreport extract <file> [--json] · workreport eval · workreport --help');
    });
}
