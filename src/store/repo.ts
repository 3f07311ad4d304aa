// Repository functions: writing documents (one transaction each) and the lookups ingest/reindex need.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';
import { CHILD_TABLES, type DocumentRows } from './rows.js';
import { insertRows, isPostgres } from './bulk-insert.js';
import { ensureTextPartitions } from './postgres/text-partitions.js';
import { readText, storedTexts, TEXT_COLUMNS, textOf } from './texts.js';

async function insertChildren(trx: Transaction<Database>, rows: DocumentRows): Promise<void> {
  const texts = storedTexts(rows.document_texts, isPostgres(trx) ? 'postgres' : 'sqlite');
  for (const t of CHILD_TABLES) await insertRows(trx, t, t === 'document_texts' ? texts : rows[t]);
}

/** Inserts the documents row unless its text is already stored; true when it was inserted. */
async function insertDocumentRow(trx: Transaction<Database>, rows: DocumentRows): Promise<boolean> {
  const r = await trx.insertInto('documents').values(rows.document).onConflict((oc) => oc.doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** On PostgreSQL, texts go into partitions made ahead of them (text-partitions.ts), before the document's transaction. */
async function readyForTexts(db: Kysely<Database>, rows: DocumentRows): Promise<void> {
  if (isPostgres(db)) await ensureTextPartitions(db, rows.document_texts.length);
}

async function deleteDocument(trx: Transaction<Database>, id: string): Promise<void> {
  // Explicit child deletes (children of children first): correct even where a dialect or connection lacks cascading.
  for (const t of [...CHILD_TABLES].reverse()) {
    await trx.deleteFrom(t).where('document_id', '=', id).execute();
  }
  await trx.deleteFrom('documents').where('id', '=', id).execute();
}

/**
 * Adds a document with all its rows in one transaction.
 * Returns 'unchanged' (nothing written) when a document with the same normalised text already exists.
 */
export async function addDocument(db: Kysely<Database>, rows: DocumentRows): Promise<'added' | 'unchanged'> {
  await readyForTexts(db, rows);
  return db.transaction().execute(async (trx) => {
    const hit = await trx
      .selectFrom('documents')
      .select('id')
      .where('text_hash', '=', rows.document.text_hash)
      .executeTakeFirst();
    if (hit) return 'unchanged';
    // Another writer (a second worker, on PostgreSQL) may be storing the same text right now: the unique hash
    // makes this insert wait for it and then do nothing, and this document is the duplicate.
    if (!(await insertDocumentRow(trx, rows))) return 'unchanged';
    await insertChildren(trx, rows);
    return 'added';
  });
}

/**
 * Replaces document `oldId` by a re-extraction, in one transaction. If the re-normalised text now equals another
 * document's, the old one is dropped as a duplicate ('merged').
 */
export async function replaceDocument(
  db: Kysely<Database>,
  oldId: string,
  rows: DocumentRows,
): Promise<'replaced' | 'merged'> {
  await readyForTexts(db, rows);
  return db.transaction().execute(async (trx) => {
    await deleteDocument(trx, oldId);
    const hit = await trx
      .selectFrom('documents')
      .select('id')
      .where('text_hash', '=', rows.document.text_hash)
      .executeTakeFirst();
    if (hit || !(await insertDocumentRow(trx, rows))) return 'merged';
    await insertChildren(trx, rows);
    return 'replaced';
  });
}

/** sha256 of every ingested original, to skip known inputs before extracting them. */
export async function knownSha256(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('documents').select('sha256').execute();
  return new Set(rows.map((r) => r.sha256));
}

/** Ids of documents extracted by another extractor version, oldest first. */
export async function staleDocumentIds(db: Kysely<Database>, version: string): Promise<string[]> {
  const rows = await db
    .selectFrom('documents')
    .select('id')
    .where('extractor_version', '<>', version)
    .orderBy('ingested_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** A document with its text. */
export async function getDocument(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('documents')
    .innerJoin('document_texts', 'document_texts.document_id', 'documents.id')
    .selectAll('documents')
    .select(TEXT_COLUMNS)
    .where('documents.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { packed: _p, ...doc } = row;
  return { ...doc, text: textOf(row) };
}

/** The normalised text of a document. */
export async function getText(db: Kysely<Database>, id: string): Promise<string> {
  const text = await readText(db, id);
  if (text === undefined) throw new Error(`no text of document ${id}`);
  return text;
}

export interface LibraryCounts {
  documents: number;
  facts: number;
  sections: number;
  commitments: number;
  projects: number;
  items: number;
}

export async function countRows(db: Kysely<Database>): Promise<LibraryCounts> {
  const n = async (t: keyof Database) =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    documents: await n('documents'),
    facts: await n('facts'),
    sections: await n('sections'),
    commitments: await n('commitments'),
    projects: await n('projects'),
    items: await n('items'),
  };
}
