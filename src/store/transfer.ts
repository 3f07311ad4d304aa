// Moving a library between backends (`workreport export --to URL|FILE`, `--from`): every table, corrections
// included, row for row, in key order and in batches. Documents already in the target (same id, i.e. the same
// text) are left as they are, so an export can be resumed or repeated; each batch of documents is copied with
// all its rows in one transaction, so an interrupted copy never leaves a document half there.
import type { Library } from './db.js';
import type { Database } from './schema.js';
import { CHILD_TABLES } from './rows.js';
import { analyze } from './db.js';
import { insertRows } from './bulk-insert.js';
import { ensureTextPartitions } from './postgres/text-partitions.js';
import { storedTexts, type TextRow } from './texts.js';

/** Documents per transaction: their rows (~700 each) make one batch of inserts. */
const DOCS_PER_BATCH = 50;

export interface TransferSummary {
  documents: number;
  skipped: number;
  rows: Record<string, number>;
  corrections: number;
  seconds: number;
}

export async function copyLibrary(from: Library, to: Library, onProgress?: (done: number, total: number) => void): Promise<TransferSummary> {
  const t0 = performance.now();
  const sum: TransferSummary = { documents: 0, skipped: 0, rows: {}, corrections: 0, seconds: 0 };
  const ids = (await from.db.selectFrom('documents').select('id').orderBy('id').execute()).map((r) => r.id);
  const present = new Set((await to.db.selectFrom('documents').select('id').execute()).map((r) => r.id));
  const todo = ids.filter((id) => !present.has(id));
  sum.skipped = ids.length - todo.length;
  for (let i = 0; i < todo.length; i += DOCS_PER_BATCH) {
    const batch = todo.slice(i, i + DOCS_PER_BATCH);
    const docs = await from.db.selectFrom('documents').selectAll().where('id', 'in', batch).orderBy('id').execute();
    const children: Array<[keyof Database, Record<string, unknown>[]]> = [];
    for (const t of CHILD_TABLES) {
      let q = from.db.selectFrom(t).selectAll().where('document_id', 'in', batch).orderBy('document_id');
      if (t !== 'document_texts') q = q.orderBy('ord' as any);
      if (t === 'items') q = q.orderBy('kind' as any);
      let rows = (await q.execute()) as Record<string, unknown>[];
      // PostgreSQL's texts also hold their place in its storage order (migration 008): not part of the library.
      // A text goes as the target stores it (texts.ts: packed on SQLite, plain on PostgreSQL).
      if (t === 'document_texts') rows = storedTexts(rows as unknown as Array<TextRow & { document_id: string }>, to.backend) as unknown as Record<string, unknown>[];
      children.push([t, rows]);
    }
    if (to.backend === 'postgres') await ensureTextPartitions(to.db, batch.length);
    await to.db.transaction().execute(async (trx) => {
      await insertRows(trx, 'documents', docs as Record<string, unknown>[]);
      for (const [t, rows] of children) {
        await insertRows(trx, t, rows);
        sum.rows[t] = (sum.rows[t] ?? 0) + rows.length;
      }
    });
    sum.documents += batch.length;
    onProgress?.(Math.min(i + DOCS_PER_BATCH, todo.length), todo.length);
  }
  // Corrections (and their audit trail) by id: those the target has are kept.
  const have = new Set((await to.db.selectFrom('corrections').select('id').execute()).map((r) => r.id));
  const corrections = (await from.db.selectFrom('corrections').selectAll().orderBy('id').execute()).filter((c) => !have.has(c.id));
  await to.db.transaction().execute(async (trx) => insertRows(trx, 'corrections', corrections as Record<string, unknown>[]));
  sum.corrections = corrections.length;
  if (sum.documents) await analyze(to);
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}
