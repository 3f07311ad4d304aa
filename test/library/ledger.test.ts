// The supervision ledger (督查台账) and the follow-up statuses a person confirms, on a provincial pair of reports
// (浙江省 2024 → 2025): one row per commitment numbered part-paragraph-item, the next review's status and evidence,
// the XLSX as an office keeps it (title, frozen header, filters, wrapped text) read back with exceljs (and opened in
// LibreOffice and openpyxl where installed), and a confirmed status kept through reindex. Runs on SQLite and on PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/store/db.js';
import { reindex } from '../../src/store/ingest.js';
import { ledgerAnswer, reportLedger } from '../../src/store/queries/ledger.js';
import { reviewFollowUpStatus, runFollowUp } from '../../src/store/queries/followup.js';
import { listCorrections, ReviewError } from '../../src/store/corrections.js';
import { documentDetail } from '../../src/store/queries/documents.js';
import { LEDGER_COLUMNS } from '../../src/analysis/ledger.js';
import { readReport } from '../../src/extract/report.js';
import { readSources } from '../../src/cli/sources.js';
import { renderCsv, renderXlsx } from '../../src/model/render.js';
import { libraryOf } from '../support/backend.js';

const REPORTS = resolve(__dirname, '../fixtures/plan/followup/reports');
const dir = mkdtempSync(join(tmpdir(), 'wr-ledger-'));
let lib: Library;
let remove: () => Promise<void>;
let y2024 = '';
let y2025 = '';

beforeAll(async () => {
  ({ lib, remove } = await libraryOf([join(REPORTS, '浙江省-2024.md'), join(REPORTS, '浙江省-2025.md')]));
  const docs = await lib.db.selectFrom('documents').select(['id', 'year']).execute();
  y2024 = docs.find((d) => d.year === 2024)!.id;
  y2025 = docs.find((d) => d.year === 2025)!.id;
}, 120_000);

afterAll(async () => {
  await remove?.();
  rmSync(dir, { recursive: true, force: true });
});

// The first python3 that has openpyxl: the one on PATH, else Debian's (python3-openpyxl) when PATH has another.
const PYTHON = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl']).status === 0);
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const python = (code: string, file: string) => spawnSync(PYTHON!, ['-c', code, file], { encoding: 'utf8' });

describe('the ledger of a stored report', () => {
  it('one row per commitment, numbered part-paragraph-item, with the next review’s status and evidence', async () => {
    const a = (await ledgerAnswer(lib, y2024))!;
    const d = (await documentDetail(lib.db, y2024))!;
    const rows = a.json.rows;
    expect(rows).toHaveLength(d.commitments.filter((c) => c.review !== 'rejected').length);
    expect(a.json.title).toBe('浙江省2024年政府工作报告重点任务督查台账');
    expect(a.json.next_document).toMatchObject({ id: y2025, year: 2025 });
    for (const r of rows) expect(r.no).toMatch(/^[一二三四五六七八九十]+-\d+-\d+$/);
    expect(new Set(rows.map((r) => r.no)).size).toBe(rows.length);
    // Numbers run in text order: within a paragraph the items count up from 1.
    expect(rows[0].no).toMatch(/-1-1$/);
    for (let i = 1; i < rows.length; i++) {
      const [p0, g0, i0] = rows[i - 1].no.split('-');
      const [p1, g1, i1] = rows[i].no.split('-');
      if (p0 === p1 && g0 === g1) expect(Number(i1)).toBe(Number(i0) + 1);
      else if (p0 === p1) expect([Number(g1), i1]).toEqual([Number(g0) + 1, '1']);
    }
    for (const r of rows) expect(r.status).not.toBeNull();
    const done = rows.find((r) => r.status === '已完成')!;
    expect(done.evidence).toBeTruthy();
    const next = (await documentDetail(lib.db, y2025))!.text;
    expect(next.slice(done.evidence_span![0], done.evidence_span![1])).toBe(done.evidence);
    const none = rows.find((r) => r.status === '未见回应')!;
    expect(none.evidence).toBeNull();
    expect(a.table.rows).toHaveLength(rows.length);
    expect(a.table.columns).toEqual(LEDGER_COLUMNS);
  });

  it('XLSX as a supervision office keeps it: title row, frozen header, one row per task with its quote, filters, widths, wrapped text; opened in LibreOffice and openpyxl where installed', async () => {
    const a = (await ledgerAnswer(lib, y2024))!;
    const file = join(dir, 'ledger.xlsx');
    writeFileSync(file, await renderXlsx(a.table, a.sheet));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('督查台账')!;
    expect(ws.getRow(1).getCell(1).value).toBe(a.json.title);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(LEDGER_COLUMNS);
    expect(ws.rowCount).toBe(a.json.rows.length + 2);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(4).width).toBe(60);
    expect(ws.getRow(3).getCell(4).alignment).toMatchObject({ wrapText: true });
    const quotes = new Set<string>();
    ws.eachRow((r, i) => void (i > 2 && quotes.add(String(r.getCell(4).value))));
    for (const r of a.json.rows) expect(quotes.has(r.quote)).toBe(true);
    if (SOFFICE) {
      // LibreOffice reads it too: its CSV of the sheet has the title, the header and one line per task.
      const lo = spawnSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', join(dir, 'lo-out'), file], { encoding: 'utf8', timeout: 90_000 });
      expect(lo.status).toBe(0);
      const csv = parse(readFileSync(join(dir, 'lo-out', 'ledger.csv'), 'utf8')) as string[][];
      expect(csv).toHaveLength(a.json.rows.length + 2);
      expect(csv[1]).toEqual(LEDGER_COLUMNS);
      expect(csv.slice(2).map((r) => r[3])).toEqual(a.json.rows.map((r) => r.quote));
    } else console.warn('no LibreOffice (soffice): the ledger was not opened in LibreOffice');
    if (!PYTHON) return console.warn('python3 has no openpyxl: the ledger was not opened in openpyxl');
    const py = python(
      'import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])["督查台账"]\nprint(ws.freeze_panes, ws.auto_filter.ref, ws.max_row, ws.cell(2, 1).value, ws.cell(3, 4).alignment.wrap_text)',
      file,
    );
    expect(py.stderr).toBe('');
    expect(py.stdout.trim().split(' ')).toEqual(['A3', `A2:O${a.json.rows.length + 2}`, String(a.json.rows.length + 2), '编号', 'True']);
  }, 120_000);

  it('a report just read gives the rows the library gives of it once stored (no next report: no status)', async () => {
    const a = (await ledgerAnswer(lib, y2025))!;
    expect(a.json.next_document).toBeNull();
    // The file read as ingest reads it (markdown to text).
    let file: ReturnType<typeof reportLedger> | undefined;
    for await (const src of readSources([join(REPORTS, '浙江省-2025.md')])) if (!(src instanceof Error)) file = reportLedger(readReport(src.raw, src.hints));
    expect(file!.table.rows.length).toBeGreaterThan(100);
    expect(renderCsv(file!.table)).toBe(renderCsv(a.table));
    expect(a.json.rows.every((r) => r.status === null && r.evidence === null)).toBe(true);
  });
});

describe('a person confirms or corrects a follow-up status', () => {
  it('kept in the audit trail (who, when, before, after), shown over the matcher’s, and through reindex', async () => {
    const before = (await runFollowUp(lib, { regions: ['浙江省'], year: 2024 })).items;
    const none = before.find((i) => i.status === '未见回应')!;
    const done = before.find((i) => i.status === '已完成')!;
    const c = await reviewFollowUpStatus(lib, none.commitment_id, { status: '有进展', author: '张三', note: '见专项报告' });
    expect(c).toMatchObject({ target: 'followup', action: 'edit', author: '张三', before: { status: '未见回应', matched: '未见回应' }, after: { status: '有进展' }, anchor_measure: y2025 });
    await reviewFollowUpStatus(lib, done.commitment_id, { status: '已完成', author: '李四' });
    const trail = await listCorrections(lib.db, { target: 'followup' });
    expect(trail.map((t) => [t.action, t.author])).toEqual(expect.arrayContaining([['edit', '张三'], ['confirm', '李四']]));

    const check = async () => {
      const items = (await runFollowUp(lib, { regions: ['浙江省'], year: 2024 })).items;
      const byQuote = (q: string) => items.find((i) => i.commitment === q)!;
      expect(byQuote(none.commitment)).toMatchObject({ status: '有进展', review: { status: '有进展', matched: '未见回应', action: 'edit', author: '张三' } });
      expect(byQuote(done.commitment)).toMatchObject({ status: '已完成', review: { action: 'confirm', author: '李四' } });
      const rows = (await ledgerAnswer(lib, y2024))!.json.rows;
      const row = rows.find((r) => r.quote === none.commitment)!;
      expect(row.status).toBe('有进展');
      const cell = (await ledgerAnswer(lib, y2024))!.table.rows.find((r) => r[3] === none.commitment)!;
      expect(cell[13]).toMatch(/^已更正（原：未见回应） 张三 \d{4}-\d\d-\d\d$/);
    };
    await check();
    const r = await reindex(lib, { jobs: 0, all: true });
    expect(r.reindexed).toBe(2);
    await check();
    // Nobody else's status changed.
    const after = (await runFollowUp(lib, { regions: ['浙江省'], year: 2024 })).items;
    expect(after.filter((i) => i.review).length).toBe(2);
  }, 120_000);

  it('refuses a commitment with no next report, and one that does not exist', async () => {
    const last = (await lib.db.selectFrom('commitments').select('ord').where('document_id', '=', y2025).executeTakeFirstOrThrow()).ord;
    await expect(reviewFollowUpStatus(lib, `${y2025}:${last}`, { status: '已完成' })).rejects.toThrow(/no 2026 report/);
    await expect(reviewFollowUpStatus(lib, `${y2024}:999999`, { status: '已完成' })).rejects.toBeInstanceOf(ReviewError);
  });
});
