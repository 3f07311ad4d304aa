// Many rows into one table, the fastest way each backend offers through Kysely.
// - SQLite: multi-row INSERT … VALUES, below its bound-parameter limit.
// - PostgreSQL: one parameter, a JSON array of the rows, spread into the table's own row type by
//   json_populate_recordset. A multi-row VALUES of a report's 400 commitments binds 6,000 parameters that the
//   server parses and plans anew each time (21 ms a report); one JSON text is parsed once (a few ms).
import { PostgresAdapter, sql, type Kysely } from 'kysely';
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
