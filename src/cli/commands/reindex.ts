// `workreport reindex`: re-extract, from the stored text, what an older extractor version produced.
import type { Command } from 'commander';
import { LIBRARY_OPTION_HELP } from '../query-options.js';
import { commitOnInterrupt } from '../interrupt.js';

export function register(program: Command): void {
  program
    .command('reindex')
    .description('re-extract documents whose extractor version differs from the current one')
    .option('--db <path|url>', LIBRARY_OPTION_HELP)
    .option('--all', 're-extract every document')
    .option('--jobs <n>', 'extraction worker threads (0: none)', (v) => Number(v))
    .action(async (opts: { db?: string; all?: boolean; jobs?: number }) => {
      // Loaded on use: the store (native SQLite, the extractor) stays out of other commands' start-up.
      const { openLibrary, resolveDbPath } = await import('../../store/db.js');
      const { reindex } = await import('../../store/ingest.js');
      const { progressReporter } = await import('../progress.js');
      const lib = await openLibrary(resolveDbPath(opts.db));
      const progress = progressReporter('reindex');
      const release = commitOnInterrupt(lib, progress, 'reindex');
      try {
        const s = await reindex(lib, { jobs: opts.jobs, all: opts.all, progress });
        progress.stop();
        process.stdout.write(
          `${s.reindexed} reindexed, ${s.merged} merged as duplicates, ${s.failed} failed in ${s.seconds.toFixed(1)}s\n`,
        );
        if (s.failed > 0) process.exitCode = 1;
      } finally {
        release();
        progress.stop();
        await lib.close();
      }
    });
}
