// `workreport repair`: copy what is readable of a damaged SQLite library into a new one (src/store/repair.ts).
import type { Command } from 'commander';
import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { LIBRARY_OPTION_HELP } from '../query-options.js';
import { UsageError } from '../errors.js';
import { log } from '../log.js';

export function register(program: Command): void {
  program
    .command('repair')
    .description('copy what is readable of a damaged SQLite library into a new one (documents whose rows are damaged are extracted again from their text, or read again from their source files)')
    .option('--db <path>', LIBRARY_OPTION_HELP)
    .option('--to <path|url>', 'the new library (default: <library>.repaired.sqlite beside it); must not exist yet')
    .action(async (opts: Record<string, any>) => {
      const { openLibrary, resolveDbPath, isPostgresUrl } = await import('../../store/db.js');
      const { repairLibrary } = await import('../../store/repair.js');
      const from = resolveDbPath(opts.db);
      if (isPostgresUrl(from)) throw new UsageError('--db: repair reads a SQLite file; a PostgreSQL database is checked and mended with its own tools (pg_amcheck, a restore from backup)');
      if (!existsSync(from)) throw new Error(`no library at ${from}`);
      const to = opts.to ? resolveDbPath(opts.to) : join(dirname(from), `${basename(from).replace(/\.sqlite$/, '')}.repaired.sqlite`);
      if (!isPostgresUrl(to) && existsSync(to)) throw new UsageError(`--to: ${to} exists; name a new file`);
      const lib = await openLibrary(to);
      try {
        const s = await repairLibrary(from, lib);
        for (const l of s.lost) log.error(`error: ${l.source ?? l.id}: lost: its rows, its text and its source file could not be read (document ${l.id})`);
        process.stdout.write(
          `${s.copied} copied, ${s.reextracted} extracted again from their text, ${s.reread} read again from their source files, ${s.lost.length} lost; ${s.corrections} corrections in ${s.seconds.toFixed(1)}s → ${lib.path}\n`,
        );
        log.info(`check it (workreport info --check --db ${lib.path}), then put it in place of ${from}`);
        if (s.lost.length) process.exitCode = 1;
      } finally {
        await lib.close();
      }
    });
}
