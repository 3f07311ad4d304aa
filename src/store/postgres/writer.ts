// The ingest writer on PostgreSQL: documents in batches, one transaction a batch, each table's rows of the whole
// batch in one statement. A document per transaction cost nine round trips and a commit for each report, and the
// server parsed and planned every statement anew for every report.
//
// A batch is one connection of the pool and four kinds of round trip: BEGIN with the transaction's settings, the
// documents rows in one INSERT, then each child table's rows of the whole batch by COPY … FROM STDIN
// (bulk-insert.ts: copyRows, text lines straight from the packed values the workers send), and COMMIT. The
// statements are Kysely's, compiled for the pool's connection: one schema for both backends.
//
// Guarantees, as before: a batch is one transaction, so every document is all-or-nothing; the unique text hash
// decides, inside the database, which of two workers given the same report stores it (ON CONFLICT DO NOTHING on
// the documents rows, and only the documents inserted have their rows copied), so no run ever makes a duplicate.
// Documents go in id order, so two writers whose batches share reports take their locks in the same order and wait
// for each other instead of deadlocking. If a batch fails (a document the server refuses), its documents are
// written again one transaction each, so only the bad one fails.
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../schema.js';
import { CHILD_TABLES, type DocumentRows, type PackedRows } from '../rows.js';
import { addDocument, replaceDocument } from '../repo.js';
import { copyRows } from '../bulk-insert.js';
import { noNul } from './plugins.js';
import { textTableFor } from '../texts.js';
import { GIN_MERGE_MEMORY, ensureTextPartitions } from './text-partitions.js';
import type { DocumentWriter, WriteOutcome } from '../sqlite-writer.js';

/** PackedRows (flat values, as they cross from a worker thread) back to row objects. */
export function unpackRows(rows: PackedRows): DocumentRows {
  const out: DocumentRows = { document: rows.document, document_texts: [], sections: [], facts: [], commitments: [], projects: [], items: [] };
  for (const { table, columns, values } of rows.tables) {
    const list = out[table] as unknown as Array<Record<string, unknown>>;
    for (let i = 0; i < values.length; i += columns.length) {
      const row: Record<string, unknown> = {};
      for (let c = 0; c < columns.length; c++) row[columns[c]] = values[i + c];
      list.push(row);
    }
  }
  return out;
}

/** The batch's documents rows, in id order, that were not stored yet: returns the ids inserted. */
async function insertDocuments(db: Kysely<Database>, client: pg.ClientBase, docs: DocumentRows['document'][]): Promise<Set<string>> {
  const cols = sql.join(Object.keys(docs[0]).map((c) => sql.ref(c)));
  const json = JSON.stringify(docs, (_key, v) => noNul(v));
  const q = sql<{ id: string }>`INSERT INTO documents (${cols})
    SELECT ${cols} FROM json_populate_recordset(NULL::documents, ${json}::json) ORDER BY id
    ON CONFLICT DO NOTHING RETURNING id`.compile(db);
  const r = await client.query<{ id: string }>(q.sql, q.parameters as unknown[]);
  return new Set(r.rows.map((x) => x.id));
}

/** Each child table's rows of the stored documents, as one COPY per table (and per column list, should two differ). */
async function copyChildren(db: Kysely<Database>, client: pg.ClientBase, stored: PackedRows[]): Promise<void> {
  for (const table of CHILD_TABLES) {
    const groups = new Map<string, { columns: string[]; parts: unknown[][] }>();
    for (const d of stored) {
      for (const given of d.tables) {
        if (given.table !== table) continue;
        const t = table === 'document_texts' ? textTableFor(given, 'postgres') : given;
        const key = t.columns.join(',');
        const g = groups.get(key) ?? groups.set(key, { columns: t.columns, parts: [] }).get(key)!;
        g.parts.push(t.values);
      }
    }
    for (const g of groups.values()) await copyRows(db, client, table, g.columns, g.parts);
  }
}

/** One transaction for the whole batch (distinct texts, in id order); the outcome of each. */
async function addBatch(db: Kysely<Database>, pool: pg.Pool, batch: PackedRows[]): Promise<Array<'added' | 'unchanged'>> {
  await ensureTextPartitions(db, batch.length);
  const client = await pool.connect();
  let broken = false;
  try {
    // Room to merge the trigram indexes' pending lists in one pass when an insert fills one (text-partitions.ts).
    await client.query(`BEGIN; SET LOCAL work_mem = '${GIN_MERGE_MEMORY}'`);
    let ids: Set<string>;
    try {
      ids = await insertDocuments(db, client, batch.map((d) => d.document));
      await copyChildren(db, client, batch.filter((d) => ids.has(d.document.id)));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    }
    return batch.map((d) => (ids.has(d.document.id) ? 'added' : 'unchanged'));
  } finally {
    // A connection that could not roll back is closed, not handed to the next batch.
    client.release(broken);
  }
}

/**
 * Stores documents, a batch a transaction; the outcome of each in the order given. A text given twice is stored
 * once (the later copy is 'unchanged', as it would be in a later batch).
 */
export async function addDocuments(db: Kysely<Database>, pool: pg.Pool, list: PackedRows[]): Promise<WriteOutcome[]> {
  const byHash = new Map<string, PackedRows>();
  for (const r of list) if (!byHash.has(r.document.text_hash)) byHash.set(r.document.text_hash, r);
  const batch = [...byHash.values()].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  let outcome: Map<PackedRows, WriteOutcome>;
  try {
    const out = await addBatch(db, pool, batch);
    outcome = new Map(batch.map((d, i) => [d, out[i]]));
  } catch (error) {
    // Something in the batch was refused: each document in its own transaction, so only the bad one fails.
    outcome = new Map();
    if (batch.length === 1) outcome.set(batch[0], { error });
    else for (const d of batch) outcome.set(d, await addDocument(db, unpackRows(d)).catch((e: unknown) => ({ error: e })));
  }
  const first = new Set<string>();
  return list.map((r) => {
    if (first.has(r.document.text_hash)) return 'unchanged';
    first.add(r.document.text_hash);
    return outcome.get(byHash.get(r.document.text_hash)!)!;
  });
}

/** The writer of a PostgreSQL library: its Kysely handle, and the pool under it (COPY needs a connection's own stream). */
export function postgresWriter({ db, pool }: { db: Kysely<Database>; pool: pg.Pool }): DocumentWriter {
  return {
    add: async (rows) => {
      const [out] = await addDocuments(db, pool, [rows]);
      if (typeof out === 'object') throw out.error;
      return out;
    },
    addMany: (list) => addDocuments(db, pool, list),
    replace: (oldId, rows) => replaceDocument(db, oldId, unpackRows(rows)),
    close: () => {},
  };
}
