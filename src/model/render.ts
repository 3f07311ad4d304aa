// Tables rendered for spreadsheets: CSV (RFC 4180, UTF-8 BOM, CRLF: what Excel expects) and XLSX, and as objects
// for JSON. Shared by the CLI and the HTTP API. Cells a spreadsheet would run as formulas (=, +, -, @ first) are
// neutralised with a leading apostrophe, as OWASP advises against CSV injection; plain numbers are left alone.
import type { Cell, Table } from './table.js';

function text(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'boolean') return c ? '1' : '0';
  return String(c);
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;

/** A text cell that would start a formula gets a leading ' (numbers and plain signed figures stay as they are). */
export function neutralise(c: Cell): Cell {
  return typeof c === 'string' && FORMULA_START.test(c) && !PLAIN_NUMBER.test(c) ? `'${c}` : c;
}

function csvField(c: Cell): string {
  const s = text(neutralise(c));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a UTF-8 BOM and CRLF line ends (what Excel expects). */
export function renderCsv(t: Table): string {
  const lines = [t.columns, ...t.rows].map((r) => r.map(csvField).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** An array of objects keyed by column name. */
export function tableToObjects(t: Table): Array<Record<string, Cell>> {
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null])));
}

// Characters XML 1.0 cannot hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). exceljs writes
// them as they are, and the sheet is then not well-formed XML: exceljs cannot read it back, Excel calls it damaged.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Text that reads as OOXML's escape of a character (_x0041_ is "A" to Excel and exceljs) gets its _ escaped.
const OOXML_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/g;

/** A cell as XLSX holds it: neutralised, characters XML cannot carry replaced by U+FFFD, _xHHHH_ kept literal. */
export function xlsxCell(c: Cell): Cell {
  const n = c === undefined ? null : neutralise(c);
  return typeof n === 'string' ? n.replace(XML_INVALID, '\uFFFD').replace(OOXML_ESCAPE, '_x005F_') : n;
}

export async function renderXlsx(t: Table, sheet = 'data'): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  if (t.title) {
    ws.addRow([xlsxCell(t.title)]);
    ws.mergeCells(1, 1, 1, Math.max(1, t.columns.length));
    ws.getRow(1).font = { bold: true, size: 14 };
    ws.getRow(1).alignment = { horizontal: 'center', vertical: 'middle' };
    ws.getRow(1).height = 28;
  }
  const head = t.title ? 2 : 1;
  ws.addRow(t.columns.map(xlsxCell));
  ws.getRow(head).font = { bold: true };
  for (const r of t.rows) ws.addRow(r.map(xlsxCell));
  ws.views = [{ state: 'frozen', ySplit: head }];
  t.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (t.filter && t.columns.length) ws.autoFilter = { from: { row: head, column: 1 }, to: { row: head + t.rows.length, column: t.columns.length } };
  if (t.wrap) for (let i = head; i <= head + t.rows.length; i++) ws.getRow(i).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A column's Parquet type from its cells: whole numbers INT32 (years, ids, flags), other numbers DOUBLE, else text. */
function parquetType(t: Table, i: number): 'INT32' | 'DOUBLE' | 'STRING' {
  let type: 'INT32' | 'DOUBLE' = 'INT32';
  for (const r of t.rows) {
    const c = r[i];
    if (c === null || c === undefined) continue;
    if (typeof c === 'boolean') continue;
    if (typeof c !== 'number') return 'STRING';
    if (!Number.isInteger(c) || Math.abs(c) > 2 ** 31 - 1) type = 'DOUBLE';
  }
  return type;
}

/**
 * The table as an Apache Parquet file (hyparquet-writer; snappy): typed columns, missing values as nulls, for R
 * (arrow::read_parquet), Python (pandas.read_parquet) and DuckDB. Text cells are written as they are: no
 * spreadsheet opens a Parquet file, so there is no formula to neutralise.
 */
export async function renderParquet(t: Table): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columnData = t.columns.map((name, i) => {
    const type = parquetType(t, i);
    const data = t.rows.map((r) => {
      const c = r[i] ?? null;
      if (c === null) return null;
      if (typeof c === 'boolean') return c ? 1 : 0;
      return type === 'STRING' ? String(c) : c;
    });
    return { name, data, type, nullable: true };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: 'workreport' }));
}
