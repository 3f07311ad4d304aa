// `workreport info`: where the library is, how big, what it holds, and which extractor made it.
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { sql } from 'kysely';
import { addLibraryOption } from '../query-options.js';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function register(program: Command): void {
  const cmd = program
    .command('info')
    .description('the library: path, size, counts, schema and extractor versions')
    .option('--json', 'as JSON')
    .option('--check', 'read every page (SQLite integrity_check) and list any damage; exit 1 when damaged')
    .option('--conflicts', 'region-years with more than one report (not the same text: a draft and the final, a mis-filed source) and which one the tables use');
  addLibraryOption(cmd);
  cmd.action(async (opts: Record<string, any>) => {
    const { openLibrary, resolveDbPath, dataDir, isPostgresUrl } = await import('../../store/db.js');
    const { redactUrl, databaseExists } = await import('../../store/postgres/open.js');
    const { countRows } = await import('../../store/repo.js');
    const { appliedMigrations, MIGRATIONS } = await import('../../store/migrations.js');
    const { EXTRACTOR_VERSION } = await import('../../extract/report.js');
    const location = resolveDbPath(opts.db);
    const pg = isPostgresUrl(location);
    const path = pg ? redactUrl(location) : location;
    const base = { library: path, backend: pg ? 'postgres' : 'sqlite', dataDir: dataDir(), exists: pg ? await databaseExists(location) : existsSync(path) };
    if (!base.exists) {
      if (opts.json) process.stdout.write(JSON.stringify(base, null, 2) + '\n');
      else process.stdout.write(`library   ${path} (none yet: workreport ingest <files> creates it)\n`);
      return;
    }
    if (opts.check) return reportCheck(base, location, !!opts.json);
    if (opts.conflicts) return reportConflicts(base, location, !!opts.json);
    const lib = await openLibrary(location, { readonly: true });
    try {
      const size =
        lib.backend === 'postgres'
          ? Number((await sql<{ n: number }>`SELECT pg_database_size(current_database()) AS n`.execute(lib.db)).rows[0].n)
          : ['', '-wal', '-shm'].reduce((s, x) => s + (existsSync(path + x) ? statSync(path + x).size : 0), 0);
      const counts = await countRows(lib.db);
      const versions = await lib.db
        .selectFrom('documents')
        .select(['extractor_version', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('extractor_version')
        .orderBy('extractor_version')
        .execute();
      const corrections = Number((await lib.db.selectFrom('corrections').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const migrations = await appliedMigrations(lib.db);
      const info = {
        ...base,
        bytes: size,
        counts: { ...counts, corrections },
        schema: { applied: migrations.length, latest: Object.keys(MIGRATIONS).length },
        extractor: { current: EXTRACTOR_VERSION, library: Object.fromEntries(versions.map((v) => [v.extractor_version, Number(v.n)])) },
      };
      if (opts.json) {
        process.stdout.write(JSON.stringify(info, null, 2) + '\n');
        return;
      }
      const stale = versions.filter((v) => v.extractor_version !== EXTRACTOR_VERSION).reduce((s, v) => s + Number(v.n), 0);
      process.stdout.write(
        [
          `library     ${path}${pg ? ' (PostgreSQL)' : ''}`,
          `size        ${mb(size)}`,
          `documents   ${counts.documents}`,
          `rows        ${counts.facts} facts, ${counts.commitments} commitments, ${counts.projects} projects, ${counts.sections} sections, ${counts.items} items`,
          `corrections ${corrections}`,
          `schema      ${migrations.length}/${Object.keys(MIGRATIONS).length} migrations`,
          `extractor   ${EXTRACTOR_VERSION}${stale ? ` (${stale} documents from an older one: workreport reindex)` : ''}`,
          `data dir    ${base.dataDir} (the default library lives here; --db or $WORKREPORT_DB choose another)`,
        ].join('\n') + '\n',
      );
    } finally {
      await lib.close();
    }
  });
}

/** `info --check`: the damage, or ok; exit 1 when damaged (`workreport repair` is the way out). */
async function reportCheck(base: Record<string, unknown>, location: string, json: boolean): Promise<void> {
  const { checkLibrary } = await import('../../store/repair.js');
  const check = await checkLibrary(location);
  if (json) process.stdout.write(JSON.stringify({ ...base, check }, null, 2) + '\n');
  else {
    const lines = [`library     ${base.library}`, `check       ${check.ok ? 'ok' : `damaged: ${check.problems.length} problem${check.problems.length > 1 ? 's' : ''} (workreport repair copies what is readable into a new library)`}`];
    for (const p of check.problems) lines.push(`  ${p}`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  if (!check.ok) process.exitCode = 1;
}

/** `info --conflicts`: each region-year with several reports, a line a report, `*` the one the tables use. */
async function reportConflicts(base: Record<string, unknown>, location: string, json: boolean): Promise<void> {
  const { openLibrary } = await import('../../store/db.js');
  const { listConflicts } = await import('../../store/queries/documents.js');
  const lib = await openLibrary(location, { readonly: true });
  try {
    const { conflicts } = await listConflicts(lib.db);
    if (json) {
      process.stdout.write(JSON.stringify({ ...base, conflicts }, null, 2) + '\n');
      return;
    }
    const lines = [`library     ${base.library}`, `conflicts   ${conflicts.length} region-year${conflicts.length === 1 ? '' : 's'} with more than one report${conflicts.length ? ' (* the one the tables use: the later-ingested)' : ''}`];
    for (const c of conflicts) {
      lines.push(`  ${c.region ?? '?'} ${c.year}${c.level ? ` (${c.level})` : ''}`);
      for (const r of c.reports)
        lines.push(`    ${r.used ? '*' : ' '} ${r.id}  ${r.source_path}  ${r.chars} chars, ingested ${r.ingested_at.slice(0, 19).replace('T', ' ')}${r.similarity === null ? '' : `, ${(100 * r.similarity).toFixed(1)}% the same text`}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await lib.close();
  }
}
