// `workreport status`: the ingest queue and the library as every machine sharing the PostgreSQL database sees them.
import type { Command } from 'commander';
import { addLibraryOption } from '../query-options.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  const cmd = program.command('status').description('PostgreSQL: the ingest queue (waiting, running, done, failed) and the library').option('--json', 'as JSON');
  addLibraryOption(cmd);
  cmd.action(async (opts: Record<string, any>) => {
    const { openLibrary, resolveDbPath, isPostgresUrl } = await import('../../store/db.js');
    const location = resolveDbPath(opts.db);
    if (!isPostgresUrl(location)) throw new UsageError('status: the queue lives in a PostgreSQL library (--db postgres://…); for a SQLite file see workreport info');
    const lib = await openLibrary(location, { create: false });
    if (lib.backend !== 'postgres') return;
    const { queueStatus } = await import('../../store/postgres/queue.js');
    try {
      const s = await queueStatus(lib);
      if (opts.json) {
        process.stdout.write(JSON.stringify({ library: lib.path, ...s }, null, 2) + '\n');
        return;
      }
      const j = s.jobs;
      const lines = [
        `library    ${lib.path}`,
        `queue      ${j.created + j.retry} waiting (${j.retry} to retry), ${j.active} running, ${j.completed} done, ${j.failed} failed`,
        `documents  ${s.documents} (${s.lastMinute} in the last minute)`,
      ];
      for (const e of s.inputErrors.slice(0, 10)) lines.push(`unreadable ${e.label}: ${e.error}`);
      for (const e of s.failedJobs.slice(0, 10)) lines.push(`failed     input ${e.input.slice(0, 16)}: ${e.error}`);
      process.stdout.write(lines.join('\n') + '\n');
    } finally {
      await lib.close();
    }
  });
}
