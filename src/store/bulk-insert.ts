// Many rows into one table, the fastest way each backend offers through Kysely.
// - SQLite: multi-row INSERT … VALUES, below its bound-parameter limit.
// - PostgreSQL: one parameter, a JSON array of the rows, spread into the table's own row type by
//   json_populate_recordset. A multi-row VALUES of a report's 400 commitments binds 6,000 parameters that the
//   server parses and plans anew each time (21 ms a report); one JSON text is parsed once (a few ms).
// - PostgreSQL's ingest writer (postgres/writer.ts): COPY … FROM STDIN (copyRows), the rows of a whole batch as
//   text lines built straight from the packed values that cross from the extraction workers. The server reads them
//   with each column's own input function and no JSON parsing: on 300 lawtext reports, 8 a batch, the rows besides
//   the text cost its backend 3.5–3.7 ms of CPU a report against 5.2–5.8 by JSON (commitments 2.2 against 3.5), and
//   the writer builds no row objects and no JSON.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from './schema.js';
import { noNul } from './postgres/plugins.js';

// PostgreSQL binds at most 65,535 parameters per statement, SQLite 32,766: rows per INSERT stay well below.
const MAX_PARAMS = 30_000;

export const isPostgres = (db: Kysely<any>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

export async function insertRows<T extends keyof Database>(db: Kysely<Database>, table: T, rows: ReadonlyArray<object>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  if (isPostgres(db)) {
    // PostgreSQL text cannot hold U+0000 and its JSON parser refuses \u0000: the plugins' rule for bound values.
    const cols = sql.join(columns.map((c) => sql.ref(c)));
    await sql`INSERT INTO ${sql.table(table)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows, (_key, v) => noNul(v))}::json)`.execute(db);
    return;
  }
  const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += per) await db.insertInto(table).values(rows.slice(i, i + per) as any).execute();
}

const ESCAPED = /[\\\t\n\r\u0000]/;
const escapeChar = (c: string): string => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\uFFFD');

/**
 * One value in COPY's text format, stored as the JSON route stores it: null and undefined (a key a row lacks) as
 * NULL, a number that JSON cannot hold (NaN, ±Infinity: JSON.stringify writes null) as NULL too, U+0000 as U+FFFD
 * (noNul), an object as its JSON text; backslash, tab, newline and carriage return escaped.
 */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '\\N';
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v, (_key, x) => noNul(x)) : String(v);
  return ESCAPED.test(s) ? s.replace(/[\\\t\n\r\u0000]/g, escapeChar) : s;
}

/** Rows given as flat row-major value lists (`width` values a row) as COPY text lines. */
export function copyLines(width: number, values: readonly unknown[]): string {
  const out: string[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = copyValue(values[i]) + ((i + 1) % width === 0 ? '\n' : '\t');
  return out.join('');
}

/**
 * COPY … FROM STDIN of rows into `table`, on `client` (inside the caller's transaction): `parts` are flat value
 * lists, `columns.length` values a row (one part a document). The statement is Kysely's (its identifiers quoted
 * as every other query's); columns left out take their defaults, as in an INSERT.
 */
export async function copyRows(db: Kysely<Database>, client: pg.ClientBase, table: keyof Database, columns: readonly string[], parts: ReadonlyArray<readonly unknown[]>): Promise<void> {
  if (!parts.some((p) => p.length > 0)) return;
  const statement = sql`COPY ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) FROM STDIN`.compile(db).sql;
  // A document's lines at a time: a batch of large reports is not one string of tens of megabytes.
  const chunks = (function* () {
    for (const p of parts) if (p.length) yield Buffer.from(copyLines(columns.length, p));
  })();
  await pipeline(Readable.from(chunks), client.query(copyFrom(statement)));
}
