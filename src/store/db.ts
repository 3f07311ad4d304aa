// Opening a library: SQLite file through better-sqlite3 + Kysely, migrated to the latest version.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { migrateToLatest } from './migrations.js';
import { arrayRowDatabase } from './array-rows.js';

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

export interface Library {
  db: Kysely<Database>;
  /** The raw connection, for the few things Kysely does not wrap (pragmas, backup, FTS). */
  sqlite: BetterSqlite3.Database;
  path: string;
  close(): Promise<void>;
}

/** --db PATH, else $WORKREPORT_DB, else library.sqlite in the per-user data directory (dataDir). */
export function resolveDbPath(flag?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const p = flag || env.WORKREPORT_DB || join(dataDir(env), DEFAULT_DB_NAME);
  return p === ':memory:' ? p : resolve(p);
}

export interface OpenOptions {
  readonly?: boolean;
  /** Skip migrations (read-only tools opening a library they must not change). */
  migrate?: boolean;
}

/** Opens (creating if needed) and migrates the library at `path`. */
export async function openLibrary(path: string, opts: OpenOptions = {}): Promise<Library> {
  if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
  if (!opts.readonly) {
    sqlite.pragma('journal_mode = WAL');
    // NORMAL in WAL: every commit survives a process kill; only a power cut can lose the last ones.
    sqlite.pragma('synchronous = NORMAL');
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536'); // 64 MB page cache
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: arrayRowDatabase(sqlite) }) });
  if (!opts.readonly && opts.migrate !== false) await migrateToLatest(db);
  let closed = false;
  return {
    db,
    sqlite,
    path,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy(); // closes the better-sqlite3 handle too
    },
  };
}

/** Refreshes the query planner's statistics (SQLite ANALYZE; ~0.1 s for 10,000 reports). Without them SQLite
 * may scan facts by indicator instead of seeking documents by region first. */
export function analyze(lib: Library): void {
  lib.sqlite.exec('ANALYZE');
}
