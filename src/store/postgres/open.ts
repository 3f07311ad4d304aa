// Opening a library on PostgreSQL: the same Kysely schema and migrations as SQLite, over a pg connection pool.
// A database that does not exist yet is created (a team points every machine at one URL; the first one to run
// makes it). Migrations run under Kysely's advisory lock, so workers starting together migrate once.
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../schema.js';
import { MIGRATIONS, migrateToLatest } from '../migrations.js';
import { SqliteSemanticsPlugin } from './plugins.js';

/** postgres://… or postgresql://… */
export function isPostgresUrl(s: string | null | undefined): s is string {
  return !!s && /^postgres(ql)?:\/\//i.test(s);
}

/** The URL without its password, for messages and `info`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** The same server's maintenance database (to create or drop a database). */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

// int8 (count(*)) as a JS number, as SQLite gives it: counts never reach 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export class PostgresError extends Error {}

/** PostgreSQL's errors in words a user can act on. */
export function postgresError(e: unknown, url: string): Error {
  const code = (e as { code?: string }).code ?? '';
  const msg = e instanceof Error ? e.message : String(e);
  const where = redactUrl(url);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT') {
    return new PostgresError(`${where}: cannot reach the PostgreSQL server (${code}); is it running, and is the address right?`);
  }
  if (code === '28P01' || code === '28000') return new PostgresError(`${where}: PostgreSQL refused the login (${msg})`);
  if (code === '53100') return new PostgresError(`${where}: the database server's disk is full; what was committed is kept. Free some space and run the command again`);
  if (code === '25006') return new PostgresError(`${where}: cannot write the library (read-only transaction or standby server)`);
  return e instanceof Error ? e : new Error(msg);
}

async function createDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    const name = databaseName(url);
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw e; // created meanwhile by another process: fine
  } finally {
    await admin.end();
  }
}

export interface PostgresHandle {
  db: Kysely<Database>;
  pool: pg.Pool;
}

export async function openPostgres(url: string, opts: { readonly?: boolean; migrate?: boolean; create?: boolean; poolSize?: number } = {}): Promise<PostgresHandle> {
  // JIT off: PostgreSQL compiles any query its planner costs high, which took 20–110 ms on the level-wide fact
  // queries (at 100,000 reports) that then ran for 20–40 ms. No parallel workers: the queries here read hundreds to
  // thousands of rows by index, and a parallel plan chose to split a scan of every report's key among its workers
  // (compare at 100,000 reports: 385–500 ms instead of 110; panel's first page p95 325–385 ms instead of 211).
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 8, application_name: 'workreport', options: '-c jit=off -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0' });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const c = await pool.connect();
    c.release();
  } catch (e) {
    await pool.end().catch(() => {});
    if ((e as { code?: string }).code === '3D000' && !opts.readonly && opts.create !== false) {
      await createDatabase(url).catch((err) => {
        throw postgresError(err, url);
      });
      return openPostgres(url, opts);
    }
    if ((e as { code?: string }).code === '3D000') throw new PostgresError(`${redactUrl(url)}: no such database (run workreport ingest first, or check the URL)`);
    throw postgresError(e, url);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new SqliteSemanticsPlugin()] });
  try {
    const newer = await newerMigrations(pool);
    if (newer.length) throw new PostgresError(`${redactUrl(url)}: written by a newer workreport (schema ${newer.join(', ')}); upgrade workreport to use it. Nothing was changed`);
    if (!opts.readonly && opts.migrate !== false) await migrateToLatest(db);
  } catch (e) {
    await db.destroy();
    throw e instanceof PostgresError ? e : postgresError((e as { cause?: unknown }).cause ?? e, url);
  }
  return { db, pool };
}

async function newerMigrations(pool: pg.Pool): Promise<string[]> {
  const t = await pool.query("SELECT to_regclass('public.kysely_migration') AS t");
  if (!t.rows[0]?.t) return [];
  const { rows } = await pool.query<{ name: string }>('SELECT name FROM kysely_migration');
  return rows.map((r) => r.name).filter((n) => !(n in MIGRATIONS));
}

export async function databaseExists(url: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  try {
    await admin.connect();
    const r = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)]);
    return r.rowCount === 1;
  } catch (e) {
    throw postgresError(e, url);
  } finally {
    await admin.end().catch(() => {});
  }
}

/** Drops a database (tests, benchmarks). */
export async function dropDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(databaseName(url))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
