// The ingest writer on PostgreSQL: documents in batches, one transaction a batch, each table's rows of the whole
// batch in one statement (bulk-insert.ts). A document per transaction cost nine round trips and a commit for each
// report, and the server parsed and planned every statement anew for every report.
//
// Guarantees, as before: a batch is one transaction, so every document is all-or-nothing; the unique text hash
// decides, inside the database, which of two workers given the same report stores it (ON CONFLICT DO NOTHING), so
// no run ever makes a duplicate. Documents go in id order, so two writers whose batches share reports take their
// locks in the same order and wait for each other instead of deadlocking. If a batch fails (a document the server
// refuses), its documents are written again one transaction each, so only the bad one fails.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { CHILD_TABLES, type DocumentRows, type PackedRows } from '../rows.js';
import { addDocument, replaceDocument } from '../repo.js';
import { insertRows } from '../bulk-insert.js';
import { noNul } from './plugins.js';
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
async function insertDocuments(trx: Kysely<Database>, docs: DocumentRows['document'][]): Promise<Set<string>> {
  const columns = Object.keys(docs[0]);
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  const json = JSON.stringify(docs, (_key, v) => noNul(v));
  const r = await sql<{ id: string }>`INSERT INTO documents (${cols})
    SELECT ${cols} FROM json_populate_recordset(NULL::documents, ${json}::json) ORDER BY id
    ON CONFLICT DO NOTHING RETURNING id`.execute(trx);
  return new Set(r.rows.map((x) => x.id));
}

/** One transaction for the whole batch (distinct texts, in id order); the outcome of each. */
async function addBatch(db: Kysely<Database>, batch: DocumentRows[]): Promise<Array<'added' | 'unchanged'>> {
  await ensureTextPartitions(db, batch.length);
  const inserted = await db.transaction().execute(async (trx) => {
    // Room to merge the trigram indexes' pending lists in one pass when an insert fills one (text-partitions.ts).
    await sql`SET LOCAL work_mem = ${sql.lit(GIN_MERGE_MEMORY)}`.execute(trx);
    const ids = await insertDocuments(trx, batch.map((d) => d.document));
    const stored = batch.filter((d) => ids.has(d.document.id));
    for (const t of CHILD_TABLES) await insertRows(trx, t, stored.flatMap((d) => d[t] as object[]));
    return ids;
  });
  return batch.map((d) => (inserted.has(d.document.id) ? 'added' : 'unchanged'));
}

/**
 * Stores documents, a batch a transaction; the outcome of each in the order given. A text given twice is stored
 * once (the later copy is 'unchanged', as it would be in a later batch).
 */
export async function addDocuments(db: Kysely<Database>, list: PackedRows[]): Promise<WriteOutcome[]> {
  const byHash = new Map<string, DocumentRows>();
  for (const r of list) if (!byHash.has(r.document.text_hash)) byHash.set(r.document.text_hash, unpackRows(r));
  const batch = [...byHash.values()].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  let outcome: Map<DocumentRows, WriteOutcome>;
  try {
    const out = await addBatch(db, batch);
    outcome = new Map(batch.map((d, i) => [d, out[i]]));
  } catch (error) {
    // Something in the batch was refused: each document in its own transaction, so only the bad one fails.
    outcome = new Map();
    if (batch.length === 1) outcome.set(batch[0], { error });
    else for (const d of batch) outcome.set(d, await addDocument(db, d).catch((e: unknown) => ({ error: e })));
  }
  const first = new Set<string>();
  return list.map((r) => {
    if (first.has(r.document.text_hash)) return 'unchanged';
    first.add(r.document.text_hash);
    return outcome.get(byHash.get(r.document.text_hash)!)!;
  });
}

export function postgresWriter(db: Kysely<Database>): DocumentWriter {
  return {
    add: async (rows) => {
      const [out] = await addDocuments(db, [rows]);
      if (typeof out === 'object') throw out.error;
      return out;
    },
    addMany: (list) => addDocuments(db, list),
    replace: (oldId, rows) => replaceDocument(db, oldId, unpackRows(rows)),
    close: () => {},
  };
}
