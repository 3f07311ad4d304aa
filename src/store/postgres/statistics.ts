// The planner's statistics during a long ingest on PostgreSQL. Autovacuum refreshes them when a fifth of a table is
// new, but it may be off (it is on this project's test machine), or behind: with the statistics of an empty library,
// PostgreSQL chose a nested loop for compare that took 880 ms at 27,000 reports instead of 7. Writers call this each
// time they make a text partition (every 2,000 reports); it analyses the tables that grew by a fifth (autovacuum's
// own rule), so the work is logarithmic in the library's size, and one writer does it while the others write on.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

const TABLES = ['documents', 'sections', 'facts', 'commitments', 'projects', 'items'];

export async function refreshStaleStatistics(db: Kysely<Database>): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const free = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(hashtext('workreport_analyze')) AS ok`.execute(trx);
    if (!free.rows[0].ok) return [];
    const stale = await sql<{ name: string }>`SELECT relname AS name FROM pg_stat_user_tables
      WHERE schemaname = current_schema() AND relname = ANY(${TABLES}::text[]) AND n_mod_since_analyze > 1000 + 0.2 * n_live_tup`.execute(trx);
    const names = stale.rows.map((r) => r.name);
    // The texts grow with the documents; their partitioned table has no change counts of its own. Analysing it
    // samples every partition and analyses each (their texts are not read: too wide to measure).
    if (names.includes('documents')) names.push('document_texts');
    for (const name of names) await sql`ANALYZE ${sql.table(name)}`.execute(trx);
    return names;
  });
}
