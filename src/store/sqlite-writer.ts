// SQLite fast path for the ingest hot loop: the same writes as repo.ts (addDocument/replaceDocument) through
// cached better-sqlite3 prepared statements — about half the cost per document of going through Kysely's query
// compiler. Another dialect uses repo.ts.
//
// Documents are committed in batches: one commit (a WAL append and its checkpoints) per document cost more than
// writing its 700 rows. Each document is still all-or-nothing: it is written inside its own savepoint, so a
// failing document rolls back alone and the batch goes on. A crash loses at most the open batch, which is
// never visible half-written and which the next run redoes.
import type BetterSqlite3 from 'better-sqlite3';
import { CHILD_TABLES, type PackedRows, type PackedTable } from './rows.js';
import { textTableFor } from './texts.js';

/** Rows per multi-row INSERT: one call into SQLite per 32 rows instead of per row (about a fifth faster). */
const ROWS_PER_INSERT = 32;

export interface BatchPolicy {
  /** Commit after this many documents… */
  documents: number;
  /** …or when the open batch is this old (ms), whichever comes first. */
  ms: number;
}

const DEFAULT_BATCH: BatchPolicy = { documents: 32, ms: 500 };

/** What became of one document of a batch: stored, already there, or refused (the others are stored all the same). */
export type WriteOutcome = 'added' | 'unchanged' | { error: unknown };

/** Where ingest and reindex write documents: this file's batched SQLite writer, or postgres/writer.ts. */
export interface DocumentWriter {
  add(rows: PackedRows): 'added' | 'unchanged' | Promise<'added' | 'unchanged'>;
  /** Several documents, each all-or-nothing; the outcome of each in order. */
  addMany(list: PackedRows[]): WriteOutcome[] | Promise<WriteOutcome[]>;
  replace(oldId: string, rows: PackedRows): 'replaced' | 'merged' | Promise<'replaced' | 'merged'>;
  /** Commits the open batch (SQLite: then restores the connection's checkpoint setting). Call at the end. */
  close(): void;
  /** Gives up the open batch (after an error); what was committed stays. */
  abandon?(): void;
}

export function sqliteWriter(sqlite: BetterSqlite3.Database, policy: BatchPolicy = DEFAULT_BATCH): DocumentWriter {
  const write = rowInserter(sqlite);
  const byHash = sqlite.prepare('SELECT id FROM documents WHERE text_hash = ?');
  const deletes = [...CHILD_TABLES, 'documents'].map((t) =>
    sqlite.prepare(`DELETE FROM ${t} WHERE ${t === 'documents' ? 'id' : 'document_id'} = ?`),
  );
  // Inside an open transaction better-sqlite3 runs these as savepoints: one document, all or nothing.
  const addOne = sqlite.transaction((rows: PackedRows): 'added' | 'unchanged' => {
    if (byHash.get(rows.document.text_hash)) return 'unchanged';
    write(rows);
    return 'added';
  });
  const replaceOne = sqlite.transaction((oldId: string, rows: PackedRows): 'replaced' | 'merged' => {
    for (const d of deletes) d.run(oldId);
    if (byHash.get(rows.document.text_hash)) return 'merged';
    write(rows);
    return 'replaced';
  });
  const batch = batches(sqlite, policy);
  const add = (rows: PackedRows) => batch.within(() => addOne(rows));
  return {
    add,
    addMany: (list) =>
      list.map((rows): WriteOutcome => {
        try {
          return add(rows);
        } catch (error) {
          return { error };
        }
      }),
    replace: (oldId, rows) => batch.within(() => replaceOne(oldId, rows)),
    close: () => batch.close(),
    abandon() {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    },
  };
}

/** Writes one document's rows: multi-row INSERTs through statements cached by table, columns and row count. */
function rowInserter(sqlite: BetterSqlite3.Database): (rows: PackedRows) => void {
  // The columns come from rows.ts, which builds every row alike.
  const statements = new Map<string, BetterSqlite3.Statement>();
  const statement = (table: string, columns: string[], n: number): BetterSqlite3.Statement => {
    const key = `${table}(${columns.join(',')})×${n}`;
    let st = statements.get(key);
    if (!st) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      st = sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(n).fill(tuple).join(', ')}`);
      statements.set(key, st);
    }
    return st;
  };
  const insertTable = ({ table, columns, values }: PackedTable) => {
    const step = ROWS_PER_INSERT * columns.length;
    let i = 0;
    for (; i + step <= values.length; i += step) statement(table, columns, ROWS_PER_INSERT).run(values.slice(i, i + step));
    for (; i < values.length; i += columns.length) statement(table, columns, 1).run(values.slice(i, i + columns.length));
  };
  return (rows) => {
    const doc = rows.document as unknown as Record<string, unknown>;
    const columns = Object.keys(doc);
    statement('documents', columns, 1).run(columns.map((c) => doc[c]));
    for (const t of rows.tables) insertTable(t.table === 'document_texts' ? textTableFor(t, 'sqlite') : t);
  };
}

/** The open batch: a write transaction committed every `policy.documents` documents or `policy.ms` milliseconds. */
function batches(sqlite: BetterSqlite3.Database, policy: BatchPolicy) {
  // Checkpoint the WAL every ~40 MB instead of every 4 MB while loading: fewer fsyncs, same durability.
  const checkpointPages = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  sqlite.pragma('wal_autocheckpoint = 10000');
  let openedAt = 0;
  let pending = 0;
  const commit = () => {
    if (sqlite.inTransaction) sqlite.exec('COMMIT');
    pending = 0;
  };
  return {
    within<T>(fn: () => T): T {
      if (!sqlite.inTransaction) {
        // IMMEDIATE: take the write lock now (waiting busy_timeout for another writer) rather than fail when a read
        // transaction must become a write one while another process writes.
        sqlite.exec('BEGIN IMMEDIATE');
        openedAt = performance.now();
      }
      const out = fn();
      if (++pending >= policy.documents || performance.now() - openedAt >= policy.ms) commit();
      return out;
    },
    close() {
      commit();
      sqlite.pragma(`wal_autocheckpoint = ${checkpointPages}`);
    },
  };
}
