// Opening a library: SQLite file through better-sqlite3 + Kysely, migrated to the latest version.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.js';
import { MIGRATIONS, migrateToLatest } from './migrations.js';
import { arrayRowDatabase } from './array-rows.js';
import { registerTextFunction } from './texts.js';
import { isPostgresUrl, openPostgres, redactUrl } from './postgres/open.js';
import type pg from 'pg';

/**
 * The per-user data directory: $XDG_DATA_HOME/workreport (default ~/.local/share/workreport) on Linux,
 * ~/Library/Application Support/workreport on macOS, %LOCALAPPDATA%\\workreport on Windows. The library does not
 * depend on the folder a command runs in.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'workreport');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'workreport');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'workreport');
}

export const DEFAULT_DB_NAME = 'library.sqlite';

/** A library in a SQLite file. */
export interface SqliteLibrary {
  backend: 'sqlite';
  db: Kysely<Database>;
  /** The raw connection, for the few things Kysely does not wrap (pragmas, backup, FTS). */
  sqlite: BetterSqlite3.Database;
  /** The file (absolute), or :memory:. */
  path: string;
  /** quick_check passed when it was opened (or before a write). */
  checked: boolean;
  close(): Promise<void>;
}

/** A library in a PostgreSQL database, shared by every machine given its URL. */
export interface PostgresLibrary {
  backend: 'postgres';
  db: Kysely<Database>;
  pool: pg.Pool;
  /** The URL as given (with its password: it opens connections). */
  url: string;
  /** The URL without its password, for messages. */
  path: string;
  close(): Promise<void>;
}

export type Library = SqliteLibrary | PostgresLibrary;

/** --db PATH|URL, else $WORKREPORT_DB, else library.sqlite in the per-user data directory (dataDir). */
export function resolveDbPath(flag?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const p = flag || env.WORKREPORT_DB || join(dataDir(env), DEFAULT_DB_NAME);
  return p === ':memory:' || isPostgresUrl(p) ? p : resolve(p);
}

export { isPostgresUrl };

export interface OpenOptions {
  readonly?: boolean;
  /** Skip migrations (read-only tools opening a library they must not change). */
  migrate?: boolean;
  /** PostgreSQL: create the database when it does not exist (default true; queries pass false). */
  create?: boolean;
  /** SQLite: quick_check a library of up to OPEN_CHECK_MAX_BYTES first (default true; `info --check`, `repair` read a damaged one). */
  check?: boolean;
}

/** A library that cannot be opened as asked: damaged, not one, from a newer version, read-only, on a full disk. */
export class LibraryError extends Error {}

/** What a damaged library says, and the way out. */
export function damagedMessage(path: string, detail: string): string {
  return `${path}: the library is damaged (${detail}); nothing was changed. \`workreport info --check\` lists the damage; \`workreport repair\` copies what is readable into a new library`;
}

export interface ErrorContext {
  /** The command had committed work before the error (ingest's batches): say that it stays, not that nothing changed. */
  committed?: boolean;
}

/** SQLite's (and PostgreSQL's) errors in words a user can act on, naming the library; anything else passes through. */
export function libraryError(e: unknown, path: string, ctx: ErrorContext = {}): Error {
  if (e instanceof LibraryError) return e;
  const code = String((e as { code?: unknown }).code ?? '');
  const msg = e instanceof Error ? e.message : String(e);
  const kept = ctx.committed ? 'the library keeps what was committed before' : 'nothing was changed';
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(msg)) {
    return new LibraryError(`${path}: not a workreport library, or a damaged one (${msg}); nothing was changed`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'XX001' || code === 'XX002' || /malformed|corrupt/i.test(msg)) return new LibraryError(damagedMessage(path, msg));
  if (code === 'SQLITE_FULL' || code === '53100' || /database or disk is full|no space left/i.test(msg)) {
    return new LibraryError(`${path}: the disk is full; ${kept}. Free some space and run the command again`);
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || /readonly database|unable to open/i.test(msg)) {
    return new LibraryError(`${path}: cannot write the library (read-only file, folder or disk); ${kept}`);
  }
  if (code === 'SQLITE_BUSY' || /database is locked/i.test(msg)) {
    return new LibraryError(`${path}: another workreport has been writing the library for too long; try again when it is done`);
  }
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return new LibraryError(`${path}: the disk failed to read or write the library (${msg}); ${kept}`);
  return e instanceof Error ? e : new Error(msg);
}

/** The libraries this process opened, newest last: a command's error is told against the one it used. */
const opened: string[] = [];

/**
 * An error that escaped a command, in the words of libraryError for the library the command opened (a query that
 * reached a damaged page, a search index that filled the disk); other errors as they are.
 */
export function commandError(e: unknown): unknown {
  const code = String((e as { code?: unknown }).code ?? '');
  const path = opened.at(-1);
  if (!path || !(code.startsWith('SQLITE_') || /^(?:53100|XX00[12])$/.test(code))) return e;
  return libraryError(e, path);
}

/**
 * Libraries up to this size are checked (PRAGMA quick_check: every page read, about 400 MB/s from the page cache;
 * 64 MB in ~0.15 s) each time one is opened; a larger one when a write starts (checkBeforeWriting), up to
 * WRITE_CHECK_MAX_BYTES (1 GB in ~2.5 s). Damage elsewhere is found when a query reaches it (SQLITE_CORRUPT, told
 * as damage of that library) and by `workreport info --check`.
 */
export const OPEN_CHECK_MAX_BYTES = 64 * 1024 * 1024;
export const WRITE_CHECK_MAX_BYTES = 1024 * 1024 * 1024;

function fileBytes(path: string): number {
  return ['', '-wal'].reduce((n, x) => n + (existsSync(path + x) ? statSync(path + x).size : 0), 0);
}

/** The damage SQLite finds (quick_check: pages and structure; integrity_check also indexes against tables). */
export function sqliteDamage(sqlite: BetterSqlite3.Database, thorough = false, max = 20): string[] {
  const rows = (sqlite.pragma(`${thorough ? 'integrity_check' : 'quick_check'}(${max})`) as Array<Record<string, string>>).map((r) => Object.values(r)[0]);
  if (rows.length === 1 && rows[0] === 'ok') return [];
  // The first line carries a heading of its own on a line before it.
  return rows.map((r) => r.replace(/^\*\*\* in database \w+ \*\*\*\s*/, '').replace(/\s*\n\s*/g, ' '));
}

/**
 * Refuses to write into a damaged library: before an ingest or a reindex writes, a SQLite library of up to
 * WRITE_CHECK_MAX_BYTES is checked. (Damage went unnoticed and 121 reports were added to a damaged file.)
 */
export function checkBeforeWriting(lib: Library): void {
  if (lib.backend !== 'sqlite' || lib.path === ':memory:' || lib.checked) return;
  if (fileBytes(lib.path) > WRITE_CHECK_MAX_BYTES) return;
  const damage = sqliteDamage(lib.sqlite, false, 1);
  if (damage.length) throw new LibraryError(damagedMessage(lib.path, damage[0]));
  lib.checked = true;
}

/** Migrations this build knows nothing of: the library comes from a newer workreport. */
function newerMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (!table) return []; // a new library
  const names = sqlite.prepare('SELECT name FROM kysely_migration').pluck().all() as string[];
  return names.filter((n) => !(n in MIGRATIONS));
}

/**
 * Opens (creating if needed) and migrates the library at `path`. Read-only (`readonly`, or a file that cannot be
 * written) opens without migrating, and needs the library to be up to date. A damaged file, a file that is not a
 * library and a library from a newer workreport are refused with a clear error, never rewritten.
 */
export async function openLibrary(path: string, opts: OpenOptions = {}): Promise<Library> {
  opened.push(isPostgresUrl(path) ? redactUrl(path) : path);
  if (isPostgresUrl(path)) {
    const { db, pool } = await openPostgres(path, opts);
    let closed = false;
    return {
      backend: 'postgres',
      db,
      pool,
      url: path,
      path: redactUrl(path),
      async close() {
        if (closed) return;
        closed = true;
        await db.destroy(); // ends the pool
      },
    };
  }
  return openSqlite(path, opts);
}

async function openSqlite(path: string, opts: OpenOptions): Promise<SqliteLibrary> {
  let sqlite: BetterSqlite3.Database;
  let checked = false;
  try {
    if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
    sqlite = new BetterSqlite3(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
  } catch (e) {
    throw libraryError(e, path);
  }
  try {
    // A damaged or foreign file fails here, at the first page read, before anything is written; so does a
    // library from a newer workreport (migrations this build does not know), before WAL mode touches its header.
    sqlite.pragma('schema_version');
    const newer = newerMigrations(sqlite);
    if (newer.length) throw new LibraryError(`${path}: written by a newer workreport (schema ${newer.join(', ')}); upgrade workreport to use it. Nothing was changed`);
    // Damage in the middle of the file, before anything is written (a small library: see OPEN_CHECK_MAX_BYTES).
    if (opts.check !== false && path !== ':memory:' && fileBytes(path) <= OPEN_CHECK_MAX_BYTES) {
      const damage = sqliteDamage(sqlite, false, 1);
      if (damage.length) throw new LibraryError(damagedMessage(path, damage[0]));
      checked = true;
    }
    if (!opts.readonly) {
      sqlite.pragma('journal_mode = WAL');
      // NORMAL in WAL: every commit survives a process kill; only a power cut can lose the last ones.
      sqlite.pragma('synchronous = NORMAL');
    }
    sqlite.pragma('foreign_keys = ON');
    // Another ingest (or a search building its index) may hold the write lock for a batch: wait for it.
    sqlite.pragma('busy_timeout = 30000');
    sqlite.pragma('cache_size = -65536'); // 64 MB page cache
    registerTextFunction(sqlite); // workreport_text(text, packed): SQL's view of a packed text
  } catch (e) {
    sqlite.close();
    throw e instanceof LibraryError ? e : libraryError(e, path);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: arrayRowDatabase(sqlite) }) });
  if (!opts.readonly && opts.migrate !== false) {
    try {
      await migrateToLatest(db);
    } catch (e) {
      await db.destroy();
      throw libraryError((e as { cause?: unknown }).cause ?? e, path);
    }
  }
  let closed = false;
  return {
    backend: 'sqlite',
    db,
    sqlite,
    path,
    checked,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy(); // closes the better-sqlite3 handle too
    },
  };
}

/** Refreshes the query planner's statistics (SQLite ANALYZE; ~0.1 s for 10,000 reports). Without them SQLite
 * may scan facts by indicator instead of seeking documents by region first. On PostgreSQL also VACUUM, as
 * autovacuum would at rest (it may be off): only on pages it has marked all-visible does the facts_filter index
 * answer a panel or a track without visiting the facts. Run after an ingest, an export, a worker's queue run. */
export async function analyze(lib: Library): Promise<void> {
  if (lib.backend === 'sqlite') lib.sqlite.exec('ANALYZE');
  else await vacuumTables(lib.db);
}

/**
 * VACUUM (ANALYZE) of the database's own tables (the library's, the queue's), not of the system catalogs: the
 * database-wide form also vacuumed and analysed every catalog, the cluster's shared ones too, a commit and a WAL
 * flush each, after every ingest and every upload (a five-report library: 450-580 ms and some 56 WAL syncs, against
 * 90-115 ms and 9). A table dropped meanwhile (a migration) makes it fall back to the database-wide form.
 */
async function vacuumTables(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ name: string }>`SELECT format('%I.%I', n.nspname, c.relname) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition
      AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'`.execute(db);
  try {
    // Names quoted by format('%I'); a partitioned table brings its partitions.
    if (rows.length) await sql`VACUUM (ANALYZE) ${sql.raw(rows.map((r) => r.name).join(', '))}`.execute(db);
  } catch (e) {
    if ((e as { code?: string }).code !== '42P01') throw e;
    await sql`VACUUM (ANALYZE)`.execute(db);
  }
}

/**
 * A number that moves whenever another connection commits a write, read synchronously (the server's read cache
 * asks before every GET). SQLite: PRAGMA data_version. PostgreSQL: a LISTEN on the channel the library's
 * triggers NOTIFY (migration 005), counted here.
 */
export async function watchChanges(lib: Library): Promise<{ version(): number; close(): Promise<void> }> {
  if (lib.backend === 'sqlite') {
    const st = lib.sqlite.prepare('PRAGMA data_version').pluck();
    return { version: () => st.get() as number, close: async () => {} };
  }
  const client = await lib.pool.connect();
  let n = 0;
  let lost = false;
  client.on('notification', () => n++);
  // A lost listener cannot tell of changes: from then on every read counts as one (the cache, in effect, is off).
  client.on('error', () => (lost = true));
  await client.query('LISTEN workreport_changes');
  return {
    version: () => (lost ? ++n : n),
    async close() {
      client.release(true);
    },
  };
}
