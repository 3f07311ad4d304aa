// How a document's text is stored (migration 019, issue 22: a library at most twice its text). SQLite keeps it
// packed in document_texts.packed (text null): a format byte, then the text's UTF-16LE code units deflated (raw
// deflate, level 1). PostgreSQL keeps plain text (its own TOAST compression, and its trigram index reads the
// column; packed stays null there). This module owns the format: every write of a text goes through storedText,
// every read through textOf (or the SQL function workreport_text, where SQL itself needs the text).
//
// Why this format, on the 1,528 real reports (79.1 MB of UTF-8 text; CPU time a report, a busy machine):
//   deflateRaw 1 of UTF-8     36.4 MB  pack 0.97 ms  unpack + decode 0.69 ms
//   deflateRaw 6 of UTF-8     33.2 MB  pack 1.79 ms  unpack + decode 0.62 ms
//   brotli q5 (text) of UTF-8 31.4 MB  pack 3.19 ms  unpack + decode 0.74 ms
//   deflateRaw 1 of UTF-16LE  31.1 MB  pack 0.65 ms  unpack + decode 0.22 ms   ← this
//   deflateRaw 6 of UTF-16LE  30.1 MB  pack 1.26 ms  unpack + decode 0.25 ms
//   brotli q5 of UTF-16LE     29.5 MB  pack 1.97 ms  unpack + decode 0.31 ms
// Chinese is two bytes a character in UTF-16 (three in UTF-8) and deflate matches it better; decoding UTF-16LE is
// a copy, not a transcoding, and it keeps every code unit (a lone surrogate too) that the spans count. Reads are
// what repeat (search reads texts, its 1–2 character scan every filtered one): level 1 reads as fast as any and
// packs fastest; the 1–2 MB more that level 6 or brotli would save are not worth twice the packing.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database, DocumentTextsTable } from './schema.js';
import type { PackedRows, PackedTable } from './rows.js';

/** The first byte of a packed text: its format (a later format gets another byte; readers know them all). */
const FORMAT_DEFLATE_UTF16 = 1;

/** The text packed: a buffer of its own (it crosses from a worker thread, which copies a view's whole buffer). */
export function pack(text: string): Uint8Array {
  const z = deflateRawSync(Buffer.from(text, 'utf16le'), { level: 1 });
  const out = new Uint8Array(1 + z.length);
  out[0] = FORMAT_DEFLATE_UTF16;
  out.set(z, 1);
  return out;
}

export function unpack(packed: Uint8Array): string {
  if (packed[0] !== FORMAT_DEFLATE_UTF16) throw new Error(`a packed text of unknown format ${packed[0]}`);
  const raw = inflateRawSync(packed.subarray(1));
  return raw.toString('utf16le');
}

/** A document_texts row as read (any backend, before or after migration 019). */
export type TextRow = Pick<DocumentTextsTable, 'text'> & { packed?: Uint8Array | null };

/** The text of a stored row: plain, or unpacked. */
export function textOf(row: TextRow): string {
  if (row.text !== null && row.text !== undefined) return row.text;
  if (!row.packed) throw new Error('a document text with neither text nor packed text');
  return unpack(row.packed);
}

/** The columns of document_texts that hold the text, for a select. */
export const TEXT_COLUMNS = ['document_texts.text', 'document_texts.packed'] as const;

/** A document_texts row in the backend's form: SQLite packed, PostgreSQL plain. */
export function storedText(document_id: string, text: string, backend: 'sqlite' | 'postgres'): DocumentTextsTable {
  return backend === 'sqlite' ? { document_id, text: null, packed: pack(text) } : { document_id, text };
}

/** Rows of document_texts (as given: either form) in the backend's form; rows already in it pass as they are. */
export function storedTexts(rows: ReadonlyArray<TextRow & { document_id: string }>, backend: 'sqlite' | 'postgres'): DocumentTextsTable[] {
  return rows.map((r) =>
    backend === 'sqlite' && r.text === null && r.packed ? { document_id: r.document_id, text: null, packed: r.packed } : storedText(r.document_id, textOf(r), backend),
  );
}

/** The text of a document's rows as they cross from a worker (either form). */
export function packedRowsText(rows: PackedRows): string {
  const t = rows.tables.find((x) => x.table === 'document_texts')!;
  const at = (c: string): unknown => (t.columns.includes(c) ? t.values[t.columns.indexOf(c)] : undefined);
  return textOf({ text: (at('text') as string | null | undefined) ?? null, packed: at('packed') as Uint8Array | null | undefined });
}

/**
 * document_texts as it crosses from a worker (rows.ts, PackedTable), in the backend's form: as it is when it is in
 * it already (the workers pack for SQLite), else converted here (a runner that was not told, a test's rows).
 */
export function textTableFor(t: PackedTable, backend: 'sqlite' | 'postgres'): PackedTable {
  const packed = t.columns.includes('packed');
  if (backend === 'postgres' ? !packed : packed && t.values[t.columns.indexOf('text')] === null) return t;
  const rows: Array<TextRow & { document_id: string }> = [];
  for (let i = 0; i < t.values.length; i += t.columns.length) {
    const at = (c: string): unknown => (t.columns.includes(c) ? t.values[i + t.columns.indexOf(c)] : undefined);
    rows.push({ document_id: at('document_id') as string, text: (at('text') as string | null | undefined) ?? null, packed: at('packed') as Uint8Array | undefined });
  }
  const columns = backend === 'sqlite' ? ['document_id', 'text', 'packed'] : ['document_id', 'text'];
  const stored = storedTexts(rows, backend) as unknown as Array<Record<string, unknown>>;
  return { table: t.table, columns, values: stored.flatMap((r) => columns.map((c) => r[c])) };
}

/** Texts by document id (either backend). */
export async function readTexts(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('document_texts').select(['document_id', ...TEXT_COLUMNS]).where('document_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.document_id, textOf(r)]));
}

/** One document's text, or undefined when it has none. */
export async function readText(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('document_texts').select(TEXT_COLUMNS).where('document_id', '=', id).executeTakeFirst();
  return row && textOf(row);
}

/**
 * SQL's view of a text on SQLite, registered on every connection that opens a library (db.ts, repair.ts):
 * workreport_text(text, packed) is the text; workreport_holds(text, packed, word…) is 1 when it holds every word
 * (search's 1–2 character scan). The test is made here on the unpacked string: handing SQLite each 50 KB text to
 * convert to UTF-8 for instr() cost twice as much (all 1,528 real texts: 814 against 396 ms of CPU; instr over
 * plain texts 166).
 */
export const TEXT_SQL = 'workreport_text(document_texts.text, document_texts.packed)';
export const holdsSql = (words: number): string => `workreport_holds(document_texts.text, document_texts.packed${', ?'.repeat(words)})`;

const sqlText = (text: unknown, packed: unknown): string | null => (typeof text === 'string' ? text : packed instanceof Uint8Array ? unpack(packed) : null);

export function registerTextFunction(sqlite: BetterSqlite3.Database): void {
  sqlite.function('workreport_text', { deterministic: true }, sqlText);
  sqlite.function('workreport_holds', { deterministic: true, varargs: true }, (text: unknown, packed: unknown, ...words: unknown[]) => {
    const s = sqlText(text, packed);
    return s !== null && words.every((w) => s.includes(String(w))) ? 1 : 0;
  });
}
