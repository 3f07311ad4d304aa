// A damaged SQLite library: what `workreport info --check` reports, and what `workreport repair` saves. Repair reads
// the damaged file read-only, row by row around its damaged pages, and writes a new library: each document whose
// rows all read is copied as it is; one whose rows do not but whose text does is extracted again from its text (as
// reindex does); one whose text is lost is read again from its source file when that still exists; the rest are
// named as lost. Readable corrections are copied and applied again. The damaged file is never written.
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { analyze, libraryError, openLibrary, sqliteDamage, type Library } from './db.js';
import { insertRows } from './bulk-insert.js';
import { applyCorrections } from './corrections.js';
import { CHILD_TABLES, sha256Hex, type Hints, type Source } from './rows.js';
import { runTask } from './tasks.js';
import { ingest, writerFor } from './ingest.js';
import type { Database } from './schema.js';
import { ensureTextPartitions } from './postgres/text-partitions.js';
import { registerTextFunction, storedTexts, textOf, type TextRow } from './texts.js';

export interface CheckResult {
  ok: boolean;
  /** SQLite's integrity_check lines (or the error that stopped it), at most 100. */
  problems: string[];
}

/** Every page of a SQLite library (integrity_check, foreign keys); on PostgreSQL, every row of every table read. */
export async function checkLibrary(location: string): Promise<CheckResult> {
  const { isPostgresUrl } = await import('./db.js');
  if (isPostgresUrl(location)) return checkPostgres(location);
  let c: BetterSqlite3.Database | null = null;
  try {
    c = new BetterSqlite3(location, { readonly: true, fileMustExist: true });
    const problems = sqliteDamage(c, true, 100);
    const orphans = c.pragma('foreign_key_check') as unknown[];
    if (orphans.length) problems.push(`${orphans.length} rows whose document is missing (foreign_key_check)`);
    return { ok: problems.length === 0, problems };
  } catch (e) {
    return { ok: false, problems: [e instanceof Error ? e.message : String(e)] };
  } finally {
    c?.close();
  }
}

async function checkPostgres(url: string): Promise<CheckResult> {
  const lib = await openLibrary(url, { create: false, migrate: false });
  const problems: string[] = [];
  try {
    // PostgreSQL checks its pages itself as it reads them (and with data checksums, if the cluster has them on).
    for (const t of ['documents', ...CHILD_TABLES, 'corrections'] as const) {
      await sql`SELECT count(*) FROM ${sql.table(t)}`.execute(lib.db).catch((e: Error) => problems.push(`${t}: ${e.message}`));
    }
  } finally {
    await lib.close();
  }
  return { ok: problems.length === 0, problems };
}

type Row = Record<string, unknown>;

/**
 * Rows of `table` in rowid order, stepping around what cannot be read: a batch that fails is read one row at a
 * time, and a row that fails is skipped by rowids, further each time (1, 2, 4 …), until a read works again.
 */
function readableRows(src: BetterSqlite3.Database, table: string, columns: string): Row[] {
  const st = src.prepare(`SELECT rowid AS _rowid, ${columns} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`);
  const out: Row[] = [];
  let after = -(2 ** 53);
  let step = 1;
  const tryRead = (n: number): Row[] | null => {
    try {
      return st.all(after, n) as Row[];
    } catch {
      return null;
    }
  };
  while (after < 2 ** 53) {
    const rows = tryRead(256) ?? tryRead(1);
    if (rows === null) {
      after = after < 0 ? 0 : after + step; // past the row that cannot be read
      step *= 2;
      continue;
    }
    if (rows.length === 0) break;
    out.push(...rows);
    after = rows[rows.length - 1]._rowid as number;
    step = 1;
  }
  return out.map(({ _rowid, ...r }) => r);
}

function orderOf(t: string): string {
  return t === 'document_texts' ? 'document_id' : t === 'items' ? 'kind, ord' : 'ord';
}

/**
 * A document's rows in every child table, or null when one of them cannot be read; its text as the target stores
 * it (a library of any version: SELECT * reads a text plain or packed, texts.ts), and a packed text that does not
 * unpack is as damaged as a page that does not read.
 */
function readChildren(src: BetterSqlite3.Database, id: string, backend: Library['backend']): Array<[string, Row[]]> | null {
  try {
    return CHILD_TABLES.map((t) => {
      const rows = src.prepare(`SELECT * FROM ${t} WHERE document_id = ? ORDER BY ${orderOf(t)}`).all(id) as Row[];
      if (t !== 'document_texts') return [t, rows];
      const texts = rows as Array<TextRow & { document_id: string }>;
      texts.forEach(textOf); // throws for a text that does not unpack
      return [t, storedTexts(texts, backend) as unknown as Row[]];
    });
  } catch {
    return null;
  }
}

function readText(src: BetterSqlite3.Database, id: string): string | null {
  try {
    const row = src.prepare('SELECT * FROM document_texts WHERE document_id = ?').get(id) as TextRow | undefined;
    return row ? textOf(row) : null;
  } catch {
    return null;
  }
}

export interface RepairSummary {
  copied: number;
  /** Extracted again from their stored text (some of their rows could not be read). */
  reextracted: number;
  /** Read again from their source files (their text could not be read). */
  reread: number;
  lost: Array<{ id: string; source: string | null }>;
  corrections: number;
  seconds: number;
}

/** Copies what is readable of the damaged SQLite library at `from` into `to` (a new library, any backend). */
export async function repairLibrary(from: string, to: Library): Promise<RepairSummary> {
  const t0 = performance.now();
  const sum: RepairSummary = { copied: 0, reextracted: 0, reread: 0, lost: [], corrections: 0, seconds: 0 };
  const src = new BetterSqlite3(from, { readonly: true, fileMustExist: true });
  try {
    src.pragma('schema_version'); // a header that cannot be read: nothing can be, say so
  } catch (e) {
    src.close();
    throw libraryError(e, from);
  }
  registerTextFunction(src);
  try {
    const docs = new Map(readableRows(src, 'documents', '*').map((d) => [d.id as string, d]));
    const ids = new Set([...docs.keys(), ...readableRows(src, 'document_texts', 'document_id').map((r) => r.document_id as string)]);
    // Whole documents first (a transaction each), then those extracted again (the batched writer), then files.
    if (to.backend === 'postgres') await ensureTextPartitions(to.db, ids.size);
    const again: string[] = [];
    for (const id of ids) {
      const doc = docs.get(id);
      const children = doc ? readChildren(src, id, to.backend) : null;
      if (doc && children) {
        await copyDocument(to, doc, children);
        sum.copied++;
      } else again.push(id);
    }
    const sources = await extractAgain(src, to, again, docs, sum);
    if (sources.length) {
      const s = await ingest(to, sources, { jobs: 0 });
      sum.reread = s.added + s.unchanged;
      if (s.failed) sum.lost.push(...sources.slice(0, s.failed).map((p) => ({ id: '?', source: p })));
    }
    sum.corrections = await copyCorrections(src, to);
    await applyCorrections(to.db);
    await analyze(to);
  } finally {
    src.close();
  }
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}

/** Documents whose rows are damaged, from their text; returns the source files of those whose text is too. */
async function extractAgain(src: BetterSqlite3.Database, to: Library, ids: string[], docs: Map<string, Row>, sum: RepairSummary): Promise<string[]> {
  const writer = writerFor(to);
  const sources: string[] = [];
  const now = new Date().toISOString();
  try {
    for (const id of ids) {
      const doc = docs.get(id) ?? null;
      const text = readText(src, id);
      if (text !== null) {
        const r = await runTask({ kind: 'reindex', oldId: id, text, source: sourceOf(id, doc, text) }, now, to.backend === 'sqlite');
        if (r.ok && (await writer.add(r.rows)) === 'added') {
          sum.reextracted++;
          continue;
        }
      }
      const path = doc?.source_path as string | undefined;
      if (path && !path.includes('#') && !path.startsWith('upload:') && existsSync(path)) sources.push(path);
      else sum.lost.push({ id, source: path ?? null });
    }
  } finally {
    writer.close();
  }
  return sources;
}

async function copyDocument(to: Library, doc: Row, children: Array<[string, Row[]]>): Promise<void> {
  await to.db.transaction().execute(async (trx) => {
    await insertRows(trx, 'documents', [doc]);
    for (const [t, rows] of children) await insertRows(trx, t as keyof Database, rows);
  });
}

/** What reindex would pass: the document's own source columns, or stubs when its row is lost. */
function sourceOf(id: string, doc: Row | null, text: string): Source {
  if (!doc) return { sha256: sha256Hex(text), sourcePath: `recovered:${id}`, format: null, encoding: null, title: null, url: null, hints: null };
  return {
    sha256: doc.sha256 as string,
    sourcePath: doc.source_path as string,
    sourceId: (doc.source_id as string | null) ?? null,
    url: (doc.url as string | null) ?? null,
    title: (doc.title as string | null) ?? null,
    format: (doc.format as string | null) ?? null,
    encoding: (doc.encoding as string | null) ?? null,
    hints: doc.hints ? (JSON.parse(doc.hints as string) as Hints) : null,
  };
}

/** The readable corrections (the audit trail is kept whole, a lost document's too). */
async function copyCorrections(src: BetterSqlite3.Database, to: Library): Promise<number> {
  const rows = readableRows(src, 'corrections', '*');
  await to.db.transaction().execute((trx) => insertRows(trx, 'corrections', rows));
  return rows.length;
}
