// `workreport ingest <inputs...>`: files, directories (recursively), globs and .jsonl/.csv collections.
import type { Command } from 'commander';
import { LIBRARY_OPTION_HELP } from '../query-options.js';
import { commitOnInterrupt } from '../interrupt.js';
import type { ColumnMapping } from '../../store/ingest.js';
import type { SameReport } from '../../model/api/index.js';
import { verbosity } from '../log.js';
import { UsageError } from '../errors.js';

function jobsOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--jobs: expected a whole number ≥ 0, got ${v}`);
  return n;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One line naming both texts: the same report (which one was kept) or another report of the region-year. */
export function sameReportLine(r: SameReport): string {
  const where = `${r.region ?? '?'} ${r.year}${r.level ? ` (${r.level})` : ''}`;
  const other = `${r.other.id} (${r.other.source_path})`;
  if (r.kind === 'conflict')
    return `${where}: ${r.label} is another report than ${other}, ${pct(r.similarity)} the same text: both kept, the tables use ${r.label} (the later-ingested; workreport info --conflicts lists them)`;
  if (r.kept === 'new') return `${where}: ${r.label} replaces ${other}, the same report (${pct(r.similarity)} the same text)`;
  return `${where}: ${r.label} is the same report as ${other} (${pct(r.similarity)} the same text): kept the stored one (ingest --replace takes the new one)`;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('load reports into the library (files, folders, globs, .jsonl/.csv collections); re-ingesting is a no-op')
    .argument('<inputs...>', 'files, directories or globs')
    .option('--db <path|url>', LIBRARY_OPTION_HELP)
    .option('--text <column>', 'collection column holding the report text')
    .option('--year <column>', 'collection column holding the year')
    .option('--region <column>', 'collection column holding the region')
    .option('--title <column>', 'collection column holding the title')
    .option('--id <column>', 'collection column holding a row id')
    .option('--glob', 'every input is a glob pattern, even a name that exists as a file (otherwise only a name that exists as nothing is)')
    .option('--jobs <n>', 'extraction worker threads (0: none, extract on the main thread)', jobsOption)
    .option('--replace', 'a text that is the same report as a stored one of its region, level and year (a re-upload with a line changed) replaces it; without it the stored one stays')
    .option('--queue', 'PostgreSQL: only stage and enqueue the inputs; `workreport worker` processes (on any machine) store them')
    .action(async (inputs: string[], opts: Record<string, any>) => {
      // Loaded on use: the store (native SQLite, the extractor) stays out of other commands' start-up.
      const { openLibrary, resolveDbPath } = await import('../../store/db.js');
      const { ingest } = await import('../../store/ingest.js');
      const { progressReporter } = await import('../progress.js');
      const location = resolveDbPath(opts.db);
      const { isPostgresUrl } = await import('../../store/db.js');
      if (opts.queue && !isPostgresUrl(location)) throw new UsageError('--queue: needs a PostgreSQL library (--db postgres://… or $WORKREPORT_DB); a SQLite file is written by one ingest at a time');
      const lib = await openLibrary(location);
      const mapping: ColumnMapping = {};
      for (const k of ['text', 'year', 'region', 'title', 'id'] as const) if (opts[k]) mapping[k] = opts[k];
      const progress = progressReporter(opts.queue ? 'enqueue' : 'ingest', process.stderr, 2000, verbosity() === 'quiet');
      if (opts.queue && lib.backend === 'postgres') {
        const { enqueue } = await import('../../store/postgres/queue.js');
        try {
          const s = await enqueue(lib, inputs, { mapping, progress, glob: !!opts.glob });
          progress.stop();
          process.stdout.write(`${s.queued} queued, ${s.skipped} already queued or stored, ${s.failed} failed in ${s.seconds.toFixed(1)}s → ${lib.path} (workreport worker stores them; workreport status shows progress)\n`);
          if (s.failed > 0) process.exitCode = 1;
        } finally {
          progress.stop();
          await lib.close();
        }
        return;
      }
      const release = commitOnInterrupt(lib, progress, 'ingest');
      try {
        const s = await ingest(lib, inputs, { jobs: opts.jobs, mapping, progress, glob: !!opts.glob, replace: !!opts.replace });
        progress.stop();
        for (const r of s.sameReports ?? []) process.stdout.write(sameReportLine(r) + '\n');
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
