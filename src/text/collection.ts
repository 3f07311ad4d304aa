// Collections: many reports in one file, one per row — JSON Lines (.jsonl/.ndjson) or CSV.
// Rows are streamed as bytes (records.ts), one at a time, so a 1 GB collection never sits in memory and a row
// over the limit (50 MB, as a file) is skipped without being held. A bad row (over the limit, in another encoding,
// malformed) is yielded as an InputError (file `<path>#<row>`) and reading goes on; a bad file throws.
// Row numbers: for JSON Lines the physical line number (1-based); for CSV the record number (1-based, header excluded).

import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { chinesePlausibility, isUtf8 } from './decode.js';
import { InputError } from './errors.js';
import { byteRecords, decodeRecord, type ByteRecord } from './records.js';

export interface ColumnMapping {
  text?: string;
  year?: string;
  region?: string;
  title?: string;
  id?: string;
  url?: string;
}

export interface CollectionRow {
  /** `<path>#<row number>`: the name every error and every stored report refers to. */
  file: string;
  row: number;
  id: string | null;
  title: string | null;
  year: number | null;
  region: string | null;
  url: string | null;
  /** The report text, not yet normalised. */
  raw: string;
}

export interface CollectionOptions {
  columns?: ColumnMapping;
  /** Default: from the extension (.jsonl/.ndjson -> jsonl, .csv/.tsv -> csv). */
  format?: 'jsonl' | 'csv';
  /** Largest row in bytes (as written in the file); default 50 MB, the limit of a file. */
  maxRowBytes?: number;
}

/** The limit of a file (load.ts's DEFAULT_MAX_BYTES; not imported, so that load.ts's readers stay unloaded). */
const MAX_ROW_BYTES = 50 * 1024 * 1024;

// Defaults read corpus/national/government_work_reports.jsonl (title,url,content,year) and the scraped CSV layout
// (province,year,title,source_url,publish_date,full_text) as they are.
const DEFAULTS: Record<keyof ColumnMapping, string[]> = {
  text: ['content', 'full_text', 'text', 'body', '正文', '内容', '全文'],
  title: ['title', '标题', '题目'],
  year: ['year', '年份', '年度'],
  region: ['region', 'province', 'city', 'county', '地区', '省份', '城市'],
  id: ['id', 'ID', '编号'],
  url: ['url', 'source_url', 'link', '链接', '网址'],
};

export function isCollectionPath(path: string): boolean {
  return ['.jsonl', '.ndjson', '.csv', '.tsv'].includes(extname(path).toLowerCase());
}

function pickKey(keys: Set<string>, field: keyof ColumnMapping, mapping: ColumnMapping): string | null {
  const wanted = mapping[field];
  if (wanted) return keys.has(wanted) ? wanted : null;
  for (const k of DEFAULTS[field]) if (keys.has(k)) return k;
  return null;
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
  if (s === null) return null;
  const t = s.trim();
  return t === '' ? null : t;
}

function yearOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const m = /(?:^|\D)(1[89]\d\d|20\d\d)(?:\D|$)/.exec(str(v) ?? '');
  return m ? Number(m[1]) : null;
}

function toRow(rec: Record<string, unknown>, path: string, n: number, mapping: ColumnMapping): CollectionRow | InputError {
  const file = `${path}#${n}`;
  const keys = new Set(Object.keys(rec));
  const textKey = pickKey(keys, 'text', mapping);
  if (!textKey) {
    const tried = mapping.text ? [mapping.text] : DEFAULTS.text;
    return new InputError(file, `no text column (tried ${tried.join(', ')})`);
  }
  const raw = rec[textKey];
  if (typeof raw !== 'string' || raw.trim() === '') return new InputError(file, `empty text in column "${textKey}"`);
  const get = (f: keyof ColumnMapping) => {
    const k = pickKey(keys, f, mapping);
    return k ? rec[k] : null;
  };
  return {
    file,
    row: n,
    id: str(get('id')),
    title: str(get('title')),
    year: yearOf(get('year')),
    region: str(get('region')),
    url: str(get('url')),
    raw,
  };
}

type FileEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Encoding of a collection from its first 64 KB: a UTF-16 BOM, else what most of its lines with non-ASCII bytes are
 * (valid UTF-8, or GB18030 that reads as Chinese), by count; each row is then decoded on its own (records.ts), so a row in
 * the other encoding is still read or named.
 */
async function sniffEncoding(path: string): Promise<FileEncoding> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const b = head.subarray(0, bytesRead);
    if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
    if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
    let utf8 = 0;
    let gb = 0;
    const lines = b.toString('latin1').split('\n').map((l) => Buffer.from(l, 'latin1'));
    if (bytesRead === head.length && lines.length > 1) lines.pop(); // cut at 64 KB: the last line is partial
    for (const line of lines) {
      if (!line.some((x) => x >= 0x80)) continue;
      if (isUtf8(line)) utf8++;
      else if (chinesePlausibility(iconv.decode(line, 'gb18030')) >= 0.9) gb++;
    }
    if (utf8 === 0 && gb === 0 && lines.some((l) => l.some((x) => x >= 0x80)) && !isUtf8Prefix(b)) {
      throw new InputError(path, 'not valid text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)');
    }
    return gb > utf8 ? 'gb18030' : 'utf-8';
  } finally {
    await fh.close();
  }
}

/** Valid UTF-8 up to a multi-byte character cut at the end (a first line longer than the 64 KB read). */
function isUtf8Prefix(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
}

interface Opened {
  bytes: AsyncIterable<Buffer>;
  /** The encoding the records are in: UTF-16 files are re-encoded to UTF-8 on the way (rare; one stream). */
  encoding: 'utf-8' | 'gb18030';
}

async function openBytes(path: string): Promise<Opened> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : `cannot read file (${code})`;
    throw new InputError(path, reason);
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (info.size === 0) throw new InputError(path, 'empty file');
  const enc = await sniffEncoding(path);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  if (enc === 'utf-8' || enc === 'gb18030') return { bytes: stream, encoding: enc };
  const utf8 = stream.pipe(iconv.decodeStream(enc)).pipe(iconv.encodeStream('utf-8')) as unknown as AsyncIterable<Buffer>;
  return { bytes: utf8, encoding: 'utf-8' };
}

/** The records of a file as text, numbered; a record over the limit or not in the file's encoding as an InputError. */
async function* textRecords(path: string, quoted: boolean, max: number): AsyncGenerator<{ n: number; text: string | InputError }> {
  const { bytes, encoding } = await openBytes(path);
  let n = 0;
  for await (const r of byteRecords(bytes, quoted, max)) {
    n++;
    yield { n, text: recordText(r, n, path, encoding, max) };
  }
}

function recordText(r: ByteRecord, n: number, path: string, encoding: 'utf-8' | 'gb18030', max: number): string | InputError {
  const file = `${path}#${n}`;
  if (!r.bytes) return new InputError(file, `row too large (${mb(r.size)}; the limit is ${mb(max)})`);
  const bytes = n === 1 && r.bytes[0] === 0xef && r.bytes[1] === 0xbb && r.bytes[2] === 0xbf ? r.bytes.subarray(3) : r.bytes;
  const text = decodeRecord(bytes, encoding);
  if (text === null) return new InputError(file, encoding === 'utf-8' ? 'not valid UTF-8' : 'not valid GB18030 (nor UTF-8)');
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

async function* readJsonl(path: string, mapping: ColumnMapping, max: number): AsyncGenerator<CollectionRow | InputError> {
  for await (const { n, text } of textRecords(path, false, max)) {
    if (text instanceof InputError) {
      yield text;
      continue;
    }
    if (text.trim() === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (e) {
      yield new InputError(`${path}#${n}`, `invalid JSON (${(e as Error).message.split('\n')[0].slice(0, 100)})`);
      continue;
    }
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      yield new InputError(`${path}#${n}`, 'not a JSON object');
      continue;
    }
    yield toRow(rec as Record<string, unknown>, path, n, mapping);
  }
}

/** One CSV record's fields (csv-parse on the record alone), or the reason it is malformed. */
function csvFields(text: string, delimiter: string): string[] | string {
  try {
    const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: false }) as string[][];
    if (records.length !== 1) return `${records.length} records where one was expected`;
    return records[0];
  } catch (e) {
    return (e as Error).message.split('\n')[0].slice(0, 120);
  }
}

async function* readCsv(path: string, mapping: ColumnMapping, max: number): AsyncGenerator<CollectionRow | InputError> {
  const delimiter = extname(path).toLowerCase() === '.tsv' ? '\t' : ',';
  let header: string[] | null = null;
  let n = 0;
  for await (const { text } of textRecords(path, true, max)) {
    if (typeof text === 'string' && text.trim() === '') continue;
    if (!header) {
      // The header is the file's: a bad one is a file-level problem, said once, not once per row.
      if (text instanceof InputError) throw new InputError(path, `CSV header: ${text.reason}`);
      const fields = csvFields(text, delimiter);
      if (typeof fields === 'string') throw new InputError(path, `malformed CSV header (${fields})`);
      header = fields;
      if (!pickKey(new Set(header), 'text', mapping)) {
        const tried = mapping.text ? [mapping.text] : DEFAULTS.text;
        throw new InputError(path, `no text column in the CSV header (tried ${tried.join(', ')})`);
      }
      continue;
    }
    n++;
    if (text instanceof InputError) {
      yield new InputError(`${path}#${n}`, text.reason);
      continue;
    }
    const fields = csvFields(text, delimiter);
    if (typeof fields === 'string') {
      yield new InputError(`${path}#${n}`, `malformed CSV record (${fields})`);
      continue;
    }
    const rec: Record<string, string> = {};
    header.forEach((h, i) => (rec[h] = fields[i] ?? ''));
    yield toRow(rec, path, n, mapping);
  }
}

/**
 * Stream the reports of a collection file. Yields a CollectionRow per good row and an InputError per bad row;
 * throws InputError when the file itself is unusable (missing, empty, mis-encoded, no text column, bad CSV header).
 */
export function readCollection(path: string, opts: CollectionOptions = {}): AsyncGenerator<CollectionRow | InputError> {
  const ext = extname(path).toLowerCase();
  const byExt = ext === '.csv' || ext === '.tsv' ? 'csv' : ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : null;
  const format = opts.format ?? byExt;
  const mapping = opts.columns ?? {};
  const max = opts.maxRowBytes ?? MAX_ROW_BYTES;
  if (format === 'csv') return readCsv(path, mapping, max);
  if (format === 'jsonl') return readJsonl(path, mapping, max);
  // A generator that fails when first read, as a bad row would: the caller's loop reports it like any other.
  const refusal = new InputError(path, `unknown collection format "${ext || '(no extension)'}"; use .jsonl, .ndjson or .csv`);
  return (async function* (): AsyncGenerator<CollectionRow | InputError> {
    yield* [];
    throw refusal;
  })();
}
