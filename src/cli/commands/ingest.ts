// `workreport ingest <inputs...>`: files, directories (recursively), globs and .jsonl/.csv collections.
import type { Command } from 'commander';
import { commitOnInterrupt } from '../interrupt.js';
import type { ColumnMapping } from '../../store/ingest.js';
import { verbosity } from '../log.js';
import { UsageError } from '../errors.js';

function jobsOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--jobs: expected a whole number ≥ 0, got ${v}`);
  return n;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('load reports into the library (files, folders, globs, .jsonl/.csv collections); re-ingesting is a no-op')
    .argument('<inputs...>', 'files, directories or globs')
    .option('--db <path>', 'library file (default: $WORKREPORT_DB, else library.sqlite in the per-user data directory; `workreport info` shows it)')
    .option('--text <column>', 'collection column holding the report text')
    .option('--year <column>', 'collection column holding the year')
    .option('--region <column>', 'collection column holding the region')
    .option('--title <column>', 'collection column holding the title')
    .option('--id <column>', 'collection column holding a row id')
    .option('--jobs <n>', 'extraction worker threads (0: none, extract on the main thread)', jobsOption)
    .action(async (inputs: string[], opts: Record<string, any>) => {
      // Loaded on use: the store (native SQLite, the extractor) stays out of other commands' start-up.
      const { openLibrary, resolveDbPath } = await import('../../store/db.js');
      const { ingest } = await import('../../store/ingest.js');
      const { progressReporter } = await import('../../store/progress.js');
      const lib = await openLibrary(resolveDbPath(opts.db));
      const mapping: ColumnMapping = {};
      for (const k of ['text', 'year', 'region', 'title', 'id'] as const) if (opts[k]) mapping[k] = opts[k];
      const progress = progressReporter('ingest', process.stderr, 2000, verbosity() === 'quiet');
      const release = commitOnInterrupt(lib, progress, 'ingest');
      try {
        const s = await ingest(lib, inputs, { jobs: opts.jobs, mapping, progress });
        progress.stop();
        const rate = (s.added + s.unchanged + s.failed) / Math.max(s.seconds, 0.001);
        process.stdout.write(
          `${s.added} added, ${s.unchanged} unchanged, ${s.failed} failed in ${s.seconds.toFixed(1)}s (${rate.toFixed(1)} reports/s) → ${lib.path}\n`,
        );
        if (s.failed > 0) process.exitCode = 1;
      } finally {
        release();
        progress.stop();
        await lib.close();
      }
    });
}
