// One writer for every table the query commands print or export: --format table|csv|xlsx|json|parquet [--out FILE].
// CSV starts with a UTF-8 BOM so Excel opens Chinese text correctly; the terminal table pads CJK (and other
// East Asian wide) characters to two columns so Chinese columns line up.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type Format = 'table' | 'csv' | 'xlsx' | 'json' | 'parquet';
export const FORMATS: readonly Format[] = ['table', 'csv', 'xlsx', 'json', 'parquet'];

export type { Cell, Table } from '../model/table.js';
export { renderCsv, renderParquet, renderXlsx, tableToObjects } from '../model/render.js';
import type { Answer, Cell, Table } from '../model/table.js';
import { renderCsv, renderParquet, renderXlsx, tableToObjects } from '../model/render.js';
import { UsageError } from './errors.js';

export function parseFormat(v: string | undefined, fallback: Format = 'table'): Format {
  if (v === undefined) return fallback;
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new UsageError(`--format: expected one of ${FORMATS.join('|')}, got ${v}`);
}

/** Display width of a character: 2 for East Asian wide/fullwidth, 0 for combining/zero-width, else 1. */
export function charWidth(cp: number): number {
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff || (cp >= 0x300 && cp <= 0x36f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** Cuts `s` to at most `max` columns, ending with … when cut. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

function text(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'boolean') return c ? '1' : '0';
  return String(c);
}

const pad = (s: string, w: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, w - displayWidth(s)));
  return right ? fill + s : s + fill;
};

/** A plain-text table; numbers right-aligned, long cells cut to `maxCell` columns. */
/**
 * A plain-text table; numbers right-aligned. Cells are cut (…) so that the table fits `width` columns (the
 * terminal's, else 160): the widest columns give way first, none below 8, and headers are cut like cells, so a
 * long qualitative target or indicator name never pushes the other columns out of line.
 */
export function renderTable(t: Table, maxCell = 72, width = process.stdout.columns || 160): string {
  const raw = t.rows.map((r) => r.map((c) => text(c).replace(/\s+/g, ' ')));
  const natural = t.columns.map((h, i) => Math.min(maxCell, Math.max(displayWidth(h), ...raw.map((r) => displayWidth(r[i] ?? '')))));
  const widths = [...natural];
  const budget = Math.max(width, t.columns.length * 10) - 2 * (t.columns.length - 1);
  for (let total = widths.reduce((a, b) => a + b, 0); total > budget; ) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i] <= 8) break;
    widths[i]--;
    total--;
  }
  const cells = raw.map((r) => r.map((c, i) => truncate(c, widths[i])));
  const head = t.columns.map((h, i) => truncate(h, widths[i]));
  const numeric = t.columns.map((_, i) => t.rows.length > 0 && t.rows.every((r) => r[i] == null || typeof r[i] === 'number'));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i], numeric[i])).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)];
  for (const n of t.notes ?? []) out.push(n);
  return out.join('\n') + '\n';
}

export interface WriteOptions {
  format: Format;
  out?: string;
  /** For json: what to print instead of the rows as objects (e.g. richer nested data). */
  json?: unknown;
  sheet?: string;
}

/** Renders and writes to --out FILE or stdout. xlsx to a terminal is refused (binary). */
export async function writeTable(t: Table, opts: WriteOptions): Promise<void> {
  let data: string | Uint8Array;
  switch (opts.format) {
    case 'table':
      data = renderTable(t);
      break;
    case 'csv':
      data = renderCsv(t);
      break;
    case 'json':
      data = JSON.stringify(opts.json ?? tableToObjects(t), null, 2) + '\n';
      break;
    case 'xlsx':
      if (!opts.out && process.stdout.isTTY) throw new UsageError('--format xlsx needs --output FILE (or a redirect)');
      data = await renderXlsx(t, opts.sheet);
      break;
    case 'parquet':
      if (!opts.out && process.stdout.isTTY) throw new UsageError('--format parquet needs --output FILE (or a redirect)');
      data = await renderParquet(t);
      break;
  }
  if (opts.out) writeAtomic(opts.out, data);
  else process.stdout.write(data);
}

/** A query's answer in the format asked for: its terminal table (or its sheet), its CSV or XLSX, its JSON. */
export async function writeAnswer<J>(a: Answer<J>, opts: { format: Format; out?: string }): Promise<void> {
  const table = opts.format === 'table' ? (a.screen ?? a.table) : a.table;
  await writeTable(table, { format: opts.format, out: opts.out, json: a.json, sheet: a.sheet ?? a.name });
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it (a rename is atomic on
 * one filesystem), so a crash or a full disk never leaves a half-written export where the old one was.
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such folder' : (e as Error).message;
    throw new Error(`cannot write ${path}: ${why}`, { cause: e });
  }
}
