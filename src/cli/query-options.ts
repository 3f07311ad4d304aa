// Options shared by the query commands (compare, panel, track, search, terms): library and document filters.
import { Option, type Command } from 'commander';
import type { DocFilter } from '../store/queries/filters.js';
import { parseYears, splitList } from './args.js';
import { parseFormat, type Format } from './output.js';
import { UsageError } from './errors.js';

export const LIBRARY_OPTION_HELP =
  'library: a SQLite file, or postgres://… (default: $WORKREPORT_DB, else library.sqlite in the per-user data directory; `workreport info` shows it)';

export function addLibraryOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', LIBRARY_OPTION_HELP);
}

export function addRegionOptions(cmd: Command): Command {
  return cmd
    .option('--region <names>', 'regions, comma-separated (钦州市,北海市 or codes)')
    .option('--level <level>', 'national | province | city | county')
    .option('--within <region>', 'only regions inside this one (e.g. 广西壮族自治区)');
}

export function addFormatOptions(cmd: Command, formats: string, fallback: Format): Command {
  return addOutputOption(cmd.option('--format <fmt>', formats, fallback));
}

/** --output FILE (written whole: a temporary file renamed over it); --out is the old spelling. */
export function addOutputOption(cmd: Command): Command {
  return cmd.option('-o, --output <file>', 'write to this file instead of standard output').addOption(new Option('--out <file>').hideHelp());
}

export function outputOf(opts: Record<string, any>): string | undefined {
  return opts.output ?? opts.out;
}

export function regionFilter(opts: Record<string, any>): DocFilter {
  const f: DocFilter = {};
  const regions = splitList(opts.region);
  if (regions.length) f.regions = regions;
  if (opts.level) {
    if (!['national', 'province', 'city', 'county'].includes(opts.level)) throw new UsageError(`--level: expected national|province|city|county, got ${opts.level}`);
    f.level = opts.level;
  }
  if (opts.within) f.within = opts.within;
  return f;
}

/** Region filters plus --year as report years. */
export function docFilter(opts: Record<string, any>): DocFilter {
  const y = parseYears(opts.year);
  return { ...regionFilter(opts), yearFrom: y.from, yearTo: y.to };
}

export function formatOf(opts: Record<string, any>, allowed: Format[], fallback: Format = 'table'): Format {
  const f = parseFormat(opts.format, fallback);
  if (!allowed.includes(f)) throw new UsageError(`--format: expected one of ${allowed.join('|')}, got ${f}`);
  return f;
}

/** Opens the library read-only when it exists (queries never write), creating/migrating otherwise. */
export async function openForQuery(opts: Record<string, any>) {
  const { openLibrary, resolveDbPath, LibraryError, isPostgresUrl } = await import('../store/db.js');
  const { existsSync } = await import('node:fs');
  const path = resolveDbPath(opts.db);
  if (isPostgresUrl(path)) return openLibrary(path, { create: false });
  if (path !== ':memory:' && !existsSync(path)) throw new Error(`no library at ${path} (run workreport ingest first, or pass --db)`);
  try {
    return await openLibrary(path);
  } catch (e) {
    // A read-only file, folder or disk: queries never write, so read it as it is (if its schema is current).
    if (!(e instanceof LibraryError) || !/cannot write the library/.test(e.message)) throw e;
    let lib;
    try {
      lib = await openLibrary(path, { readonly: true });
    } catch {
      throw new LibraryError(`${path}: read-only, and SQLite cannot read this library without writing its -shm file beside it; copy it to a writable disk to query it`);
    }
    const { appliedMigrations, MIGRATIONS } = await import('../store/migrations.js');
    if ((await appliedMigrations(lib.db)).length < Object.keys(MIGRATIONS).length) {
      await lib.close();
      throw new LibraryError(`${path}: read-only, and made by an older workreport: it needs a writable copy to be upgraded`);
    }
    return lib;
  }
}
