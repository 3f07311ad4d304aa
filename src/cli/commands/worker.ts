// `workreport worker`: stores what `ingest --queue` enqueued, on any machine that reaches the PostgreSQL library.
import type { Command } from 'commander';
import { addLibraryOption } from '../query-options.js';
import { positiveInt } from '../args.js';
import { UsageError } from '../errors.js';
import { log, verbosity } from '../log.js';

export function register(program: Command): void {
  const cmd = program
    .command('worker')
    .description('PostgreSQL: process the ingest queue (run as many as you like, on as many machines as share the database)')
    .option('--concurrency <n>', 'documents extracted at once (worker threads)', positiveInt('--concurrency'), 2)
    .option('--until-idle', 'stop when nothing is queued or running (scripts); without it, wait for more work until Ctrl-C');
  addLibraryOption(cmd);
  cmd.action(async (opts: Record<string, any>) => {
    const { openLibrary, resolveDbPath, isPostgresUrl } = await import('../../store/db.js');
    const location = resolveDbPath(opts.db);
    if (!isPostgresUrl(location)) throw new UsageError('worker: needs a PostgreSQL library (--db postgres://… or $WORKREPORT_DB)');
    const lib = await openLibrary(location);
    if (lib.backend !== 'postgres') return;
    const { runWorker } = await import('../../store/postgres/queue.js');
    const stop = new AbortController();
    // Ctrl-C: finish the documents in hand, then stop; a second Ctrl-C (or a kill) leaves them to be retried.
    process.once('SIGINT', () => {
      log.info('worker: finishing the documents in hand (Ctrl-C again to stop now; they will be retried)');
      stop.abort();
      process.once('SIGINT', () => process.exit(130));
    });
    process.once('SIGTERM', () => stop.abort());
    log.info(`worker: ${opts.concurrency} at a time on ${lib.path}${opts.untilIdle ? ', until the queue is empty' : ''}`);
    try {
      const s = await runWorker(lib, {
        concurrency: opts.concurrency,
        untilIdle: !!opts.untilIdle,
        signal: stop.signal,
        progress: { grow() {}, done() {}, error: (l) => log.error(`error: ${l}`), warn: (l) => log.warn(l) },
        onDocument: (label, outcome) => {
          if (verbosity() === 'verbose') log.info(`${outcome}: ${label}`);
        },
      });
      process.stdout.write(`${s.added} added, ${s.unchanged} unchanged, ${s.failed} failed in ${s.seconds.toFixed(1)}s → ${lib.path}\n`);
      if (s.failed > 0) process.exitCode = 1;
    } finally {
      await lib.close();
    }
  });
}
