// Collections: many reports in one file, one per row — JSON Lines (.jsonl/.ndjson) or CSV.
// Rows are streamed (an async generator), so a 1 GB collection never sits in memory.
// A bad row is yielded as an InputError (file `<path>#<row>`) and reading goes on; a bad file throws.
// Row numbers: for JSON Lines the physical line number (1-based); for CSV the record number (1-based, header excluded).

import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { chinesePlausibility } from './decode.js';
import { InputError } from './errors.js';

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
}

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

/** Encoding of a collection from its first 64 KB: BOM, strict UTF-8, else GB18030 if it reads as Chinese. */
async function sniffEncoding(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const b = head.subarray(0, bytesRead);
    if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
    if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true }); // a cut multi-byte tail is fine
      return 'utf-8';
    } catch {
      if (chinesePlausibility(iconv.decode(b, 'gb18030')) >= 0.9) return 'gb18030';
      throw new InputError(path, 'not valid text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)');
    }
  } finally {
    await fh.close();
  }
}

async function openText(path: string): Promise<Readable> {
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
  // iconv-lite strips the BOM.
  return createReadStream(path).pipe(iconv.decodeStream(enc)) as unknown as Readable;
}

async function* readJsonl(path: string, mapping: ColumnMapping): AsyncGenerator<CollectionRow | InputError> {
  const lines = createInterface({ input: await openText(path), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
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

async function* readCsv(path: string, mapping: ColumnMapping): AsyncGenerator<CollectionRow | InputError> {
  const delimiter = extname(path).toLowerCase() === '.tsv' ? '\t' : ',';
  const parser = (await openText(path)).pipe(
    parse({ columns: true, bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: false }),
  );
  let n = 0;
  let checkedHeader = false;
  try {
    for await (const rec of parser as AsyncIterable<Record<string, string>>) {
      n++;
      if (!checkedHeader) {
        checkedHeader = true;
        // A missing text column is a file-level problem: say it once, not once per row.
        if (!pickKey(new Set(Object.keys(rec)), 'text', mapping)) {
          const tried = mapping.text ? [mapping.text] : DEFAULTS.text;
          throw new InputError(path, `no text column in the CSV header (tried ${tried.join(', ')})`);
        }
      }
      yield toRow(rec, path, n, mapping);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, `malformed CSV after record ${n} (${(e as Error).message.split('\n')[0].slice(0, 120)})`);
  }
}

/**
 * Stream the reports of a collection file. Yields a CollectionRow per good row and an InputError per bad row;
 * throws InputError when the file itself is unusable (missing, empty, mis-encoded, no text column, bad CSV).
 */
export function readCollection(path: string, opts: CollectionOptions = {}): AsyncGenerator<CollectionRow | InputError> {
  const ext = extname(path).toLowerCase();
  const byExt = ext === '.csv' || ext === '.tsv' ? 'csv' : ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : null;
  const format = opts.format ?? byExt;
  const mapping = opts.columns ?? {};
  if (format === 'csv') return readCsv(path, mapping);
  if (format === 'jsonl') return readJsonl(path, mapping);
  return (async function* () {
    throw new InputError(path, `unknown collection format "${ext || '(no extension)'}"; use .jsonl, .ndjson or .csv`);
  })();
}
