// Texts on PostgreSQL in partitions of TEXTS_PER_PARTITION reports each, in the order they were stored (migration
// 008). Why: search's GIN index holds every text's trigram set (about 12,000 keys a report), and an insert into a GIN
// index costs more the larger the index: one index over the library took 22 ms a report at 2,000 reports, 42 ms at
// 6,000 and 200 ms at 40,000, so a 100,000-report ingest never finished. Each partition has its own index and only
// the newest one is written, so a report costs what it did in a small library, however large the library grows.
// Queries read the partitioned table as one (the planner searches each partition's index).
//
// A partition is made ahead of the texts that need it (ensureTextPartitions, before every write): as a table of
// its own with its index, then attached, which locks the parent only against other schema changes, so readers and
// writers go on. Two writers making the same partition are serialised by an advisory lock.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { refreshStaleStatistics } from './statistics.js';

export const TEXTS_PER_PARTITION = 2000;

/**
 * The trigram indexes' pending list (kB) and the memory the writer gives to emptying it (postgres/writer.ts). A
 * report adds about 12,000 trigram keys; GIN keeps new keys in a pending list and, when the list is full, merges
 * them into the index sorted by key, a key once for all the reports that share it. With the defaults (4 MB, merged
 * in 4 MB of work_mem: about 16 reports) keeping the index cost 20 of a report's 30 ms of server CPU; with 32 MB
 * merged in 64 MB, about 130 reports share each merge (bench/gin-trigrams.js: 29.6 -> 23.7 ms a lawtext report, as
 * cheap as building the index after the texts, 24.8; computing the trigrams alone is 8). Search reads the pending
 * list besides the index, so a longer list costs a search a few milliseconds until the next merge or autovacuum.
 */
export const GIN_PENDING_KB = 32768;
export const GIN_MERGE_MEMORY = '64MB';

const partitionName = (k: number) => `document_texts_p${k}`;

/**
 * Makes partition k (texts k·N to (k+1)·N − 1 in storage order), if it is not there. `index`: with its trigram
 * index (new partitions); without, the migration fills them first and indexes them in bulk.
 */
export async function createTextPartition(db: Kysely<any>, k: number, index = true): Promise<void> {
  const name = partitionName(k);
  const inTransaction = (body: (trx: Kysely<any>) => Promise<void>) => (db.isTransaction ? body(db) : db.transaction().execute(body));
  await inTransaction(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('workreport_text_partitions'))`.execute(trx);
    const exists = await sql<{ t: string | null }>`SELECT to_regclass(${name}) AS t`.execute(trx);
    if (exists.rows[0].t) return;
    await sql`CREATE TABLE ${sql.table(name)} (LIKE document_texts INCLUDING DEFAULTS INCLUDING COMPRESSION)`.execute(trx);
    if (index) {
      await sql`CREATE INDEX ${sql.raw(name + '_trigrams')} ON ${sql.table(name)} USING gin (workreport_trigrams(text))
        WITH (gin_pending_list_limit = ${sql.lit(GIN_PENDING_KB)})`.execute(trx);
      await noStatistics(trx, name + '_trigrams');
    }
    // Attaching adds the primary key and the foreign key (instant on an empty table) and adopts the trigram index.
    await sql`ALTER TABLE document_texts ATTACH PARTITION ${sql.table(name)}
      FOR VALUES FROM (${sql.lit(k * TEXTS_PER_PARTITION)}) TO (${sql.lit((k + 1) * TEXTS_PER_PARTITION)})`.execute(trx);
  });
}

/** ANALYZE would otherwise compute the trigram sets of every sampled text (the index expression's statistics). */
export async function noStatistics(db: Kysely<any>, index: string): Promise<void> {
  await sql`ALTER INDEX ${sql.table(index)} ALTER COLUMN 1 SET STATISTICS 0`.execute(db);
}

/** The highest partition known to exist, per database handle: most writes need no check beyond the sequence. */
const ready = new WeakMap<object, number>();

/**
 * Makes sure the partitions exist for the next `rows` texts and a partition more, so that texts stored meanwhile
 * by other writers (up to TEXTS_PER_PARTITION of them) find theirs too.
 */
export async function ensureTextPartitions(db: Kysely<Database>, rows = 1): Promise<void> {
  const r = await sql<{ last: string; called: boolean }>`SELECT last_value AS last, is_called AS called FROM document_texts_seq`.execute(db);
  const next = Number(r.rows[0].last) + (r.rows[0].called ? 1 : 0);
  const need = Math.floor((next + rows + TEXTS_PER_PARTITION) / TEXTS_PER_PARTITION);
  const known = ready.get(db) ?? -1;
  let have = known;
  for (let k = Math.max(0, Math.floor(next / TEXTS_PER_PARTITION)); k <= need; k++) {
    if (k <= have) continue;
    await createTextPartition(db, k);
    have = k;
  }
  ready.set(db, Math.max(have, ready.get(db) ?? -1));
  // A new partition: 2,000 more reports. Time to see whether the planner's statistics have fallen behind.
  if (have > known && known >= 0) await refreshStaleStatistics(db);
}
