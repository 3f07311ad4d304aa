// The ingest writer on PostgreSQL: each document in its own transaction through Kysely (repo.ts), so that many
// workers on many machines write side by side; the unique text hash decides, inside the database, which of two
// workers given the same report stores it (ON CONFLICT DO NOTHING), so no run ever makes a duplicate.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DocumentRows, PackedRows } from '../rows.js';
import { addDocument, replaceDocument } from '../repo.js';
import type { DocumentWriter } from '../sqlite-writer.js';

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

export function postgresWriter(db: Kysely<Database>): DocumentWriter {
  return {
    add: (rows) => addDocument(db, unpackRows(rows)),
    replace: (oldId, rows) => replaceDocument(db, oldId, unpackRows(rows)),
    close: () => {},
  };
}
