import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { readReport } from '../../src/extract/report.js';
import { readPlan } from '../../src/extract/plan/index.js';
import { SHEET_COLUMNS, formatPlan, taskRows, taskTable } from '../../src/extract/plan/sheet.js';
import { renderCsv, renderXlsx } from '../../src/cli/output.js';
import { formatEval, runPlanEval } from '../../src/cli/commands/plan.js';

const ROOT = join(import.meta.dirname, '..', '..', 'corpus');
const file = readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith('000'))!;
const report = readReport(readFileSync(join(ROOT, 'seeds', file), 'utf8'));
const plan = readPlan(report);
const rows = taskRows(file, plan.commitments);
const dir = mkdtempSync(join(tmpdir(), 'plan-'));

describe('task sheet', () => {
  it('CSV: BOM, Chinese header, one row per commitment, read back intact', () => {
    const csv = renderCsv(taskTable(rows));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const path = join(dir, 'plan.csv');
    writeFileSync(path, csv, 'utf8');
    const back = parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
    expect(back[0]).toEqual(SHEET_COLUMNS.map(([, cn]) => cn));
    expect(back).toHaveLength(plan.commitments.length + 1);
    const hit = back.find((r) => r[11].includes('新增学位6000个以上'))!;
    expect(hit[2]).toBe('新增');
    expect(hit[5]).toBe('6000');
    expect(hit[6]).toBe('个');
    expect(hit[7]).toBe('以上');
    expect(hit[1]).toContain('推动公共服务优质共享');
  });

  it('XLSX: written with exceljs and read back with Chinese intact', async () => {
    const path = join(dir, 'plan.xlsx');
    writeFileSync(path, await renderXlsx(taskTable(rows), '任务清单'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('任务清单')!;
    expect(ws.rowCount).toBe(rows.length + 1);
    expect(ws.getRow(1).getCell(3).value).toBe('动作');
    const quotes: string[] = [];
    ws.eachRow((r, i) => {
      if (i > 1) quotes.push(String(r.getCell(12).value));
    });
    expect(quotes).toContain(rows[0].quote);
    expect(quotes.some((q) => q.includes('力争平陆运河全年完成投资200亿元以上'))).toBe(true);
  });

  it('the readable list groups by section path', () => {
    const text = formatPlan(plan.commitments);
    expect(text).toContain('（八）聚力保障和改善民生，提升高品质生活成色 › 推动公共服务优质共享');
    expect(text).toContain('新增 学位 — 6000 个 (at_least), 2024');
  });
});

describe('plan eval on the hand-annotated sample', () => {
  it('precision ≥ 0.9 and recall ≥ 0.85 on ≥ 150 annotated commitments', async () => {
    const r = await runPlanEval(ROOT);
    expect(r.gold).toBeGreaterThanOrEqual(150);
    expect(r.missingParagraphs).toEqual([]);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.85);
    expect(formatEval(r)).toContain('precision');
    const held = await runPlanEval(ROOT, 'heldout.jsonl');
    expect(held.gold).toBeGreaterThanOrEqual(40);
    expect(held.precision).toBeGreaterThanOrEqual(0.9);
    expect(held.recall).toBeGreaterThanOrEqual(0.85);
  });
});
