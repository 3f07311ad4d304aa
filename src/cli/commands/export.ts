// `workreport export --to DEST` / `--from SRC`: copies a whole library (documents, texts, facts, plan rows,
// corrections) between SQLite files and PostgreSQL databases, losslessly; documents already there are kept.
import type { Command } from 'commander';
import { addLibraryOption } from '../query-options.js';
import { UsageError } from '../errors.js';
import { log } from '../log.js';

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description('copy the library to another one (--to) or another one into it (--from): SQLite file ⇄ postgres://…, corrections included')
    .option('--to <path|url>', 'the library to copy into (created if needed)')
    .option('--from <path|url>', 'the library to copy from');
  addLibraryOption(cmd);
  cmd.action(async (opts: Record<string, any>) => {
    if (!!opts.to === !!opts.from) throw new UsageError('export: give one of --to <path|url> or --from <path|url>');
    const { openLibrary, resolveDbPath } = await import('../../store/db.js');
    const { copyLibrary } = await import('../../store/transfer.js');
    const here = resolveDbPath(opts.db);
    const there = resolveDbPath(opts.to ?? opts.from);
    if (here === there) throw new UsageError('export: the two libraries are the same');
    const source = await openLibrary(opts.to ? here : there, { create: false });
    try {
      const target = await openLibrary(opts.to ? there : here);
      try {
        const s = await copyLibrary(source, target, (done, total) => {
          if (total >= 1000 && (done % 1000 < 50 || done === total)) log.info(`export: ${done}/${total} documents`);
        });
        const rows = Object.values(s.rows).reduce((a, b) => a + b, 0);
        process.stdout.write(
          `${s.documents} documents (${rows} rows) and ${s.corrections} corrections copied, ${s.skipped} already there, in ${s.seconds.toFixed(1)}s: ${source.path} → ${target.path}\n`,
        );
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
    }
  });
}
