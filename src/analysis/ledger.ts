// The supervision ledger (督查台账): a report's commitments as the task list a supervision office keeps and chases,
// each numbered part-paragraph-item (二-3-2), with the next review's status and evidence beside it when known. Pure:
// the same rows from a file just read (workreport plan --ledger) and from the library (/api/documents/{id}/ledger).
import type { FollowUpItem, LedgerRow, Section, Task } from '../model/api/index.js';
import type { Table } from '../model/table.js';
import { quantityText } from './tasks.js';

const NUMERALS = '〇一二三四五六七八九十';
const numeral = (n: number): string => (n <= 10 ? NUMERALS[n] : n < 20 ? `十${NUMERALS[n - 10]}` : String(n));

/** The top-level section a section lies in. */
function rootOf(byOrd: Map<number, Section>, ord: number | null): Section | undefined {
  let s = ord === null ? undefined : byOrd.get(ord);
  while (s && s.parent_ord !== null && byOrd.has(s.parent_ord)) s = byOrd.get(s.parent_ord);
  return s;
}

/**
 * Each task's number: its part as the report numbers it (the top-level section's marker, 一 of 一、; else the part's
 * place among the parts that hold tasks), the paragraph (a line of the text) among the part's paragraphs that hold
 * tasks, and the task among its paragraph's. Tasks come in text order.
 */
export function ledgerNumbers(text: string, sections: Section[], tasks: Task[]): string[] {
  const byOrd = new Map(sections.map((s) => [s.ord, s]));
  const parts = new Map<string, { label: string; paragraphs: Map<number, number> }>();
  let lastLine = -1;
  let item = 0;
  return tasks.map((t) => {
    const root = rootOf(byOrd, t.section_ord);
    const key = root ? String(root.ord) : '-';
    let part = parts.get(key);
    if (!part) {
      const marker = (root?.marker ?? '').replace(/[^〇一二三四五六七八九十百0-9]/g, '');
      part = { label: marker || numeral(parts.size + 1), paragraphs: new Map() };
      parts.set(key, part);
    }
    const line = text.lastIndexOf('\n', t.span[0] - 1) + 1;
    if (!part.paragraphs.has(line)) part.paragraphs.set(line, part.paragraphs.size + 1);
    item = line === lastLine ? item + 1 : 1;
    lastLine = line;
    return `${part.label}-${part.paragraphs.get(line)}-${item}`;
  });
}

/** The ledger's rows: the tasks numbered, each with its follow-up (by commitment id) when the next report is known. */
export function ledgerRows(text: string, sections: Section[], tasks: Task[], followUps?: Map<string, FollowUpItem>): LedgerRow[] {
  const numbers = ledgerNumbers(text, sections, tasks);
  return tasks.map((t, i) => {
    const f = followUps?.get(t.id);
    const best = f?.candidates[0];
    return {
      no: numbers[i],
      id: t.id,
      path: t.path,
      topic: t.topic,
      action: t.action,
      object: t.object,
      quantity: t.quantities.map(quantityText).join('；'),
      deadline: t.deadline ?? (t.year !== null ? String(t.year) : null),
      stretch: t.stretch,
      projects: t.projects,
      quote: t.quote,
      span: t.span,
      status: f?.status ?? null,
      evidence: best?.text ?? null,
      evidence_span: best?.span ?? null,
      confidence: f ? f.confidence : null,
      review: f?.review ?? null,
    };
  });
}

/** Header and spreadsheet width of each column. */
const COLUMNS: Array<[string, number]> = [
  ['编号', 9],
  ['所属部分', 22],
  ['主题', 18],
  ['任务（原文）', 60],
  ['动作', 7],
  ['对象', 24],
  ['数量', 14],
  ['时限', 11],
  ['力争', 5],
  ['项目', 22],
  ['落实情况', 9],
  ['佐证（下一年报告回顾）', 50],
  ['置信度', 7],
  ['核实', 16],
  ['id', 20],
];
export const LEDGER_COLUMNS = COLUMNS.map(([name]) => name);

/** 核实: who confirmed or corrected the status, and when. */
function reviewCell(r: LedgerRow): string {
  if (!r.review) return '';
  const what = r.review.action === 'confirm' ? '已确认' : `已更正（原：${r.review.matched}）`;
  return [what, r.review.author, r.review.at.slice(0, 10)].filter(Boolean).join(' ');
}

/** The ledger as a sheet: a title row, the header, one row per task, filters on the header, wrapped text. */
export function ledgerTable(title: string, rows: LedgerRow[]): Table {
  return {
    title,
    filter: true,
    wrap: true,
    columns: LEDGER_COLUMNS,
    widths: COLUMNS.map(([, w]) => w),
    rows: rows.map((r) => [
      r.no,
      r.path,
      r.topic,
      r.quote,
      r.action,
      r.object,
      r.quantity,
      r.deadline,
      r.stretch ? '力争' : '',
      r.projects.join('；'),
      r.status ?? '',
      r.evidence ?? '',
      r.confidence === null || r.status === null ? null : +r.confidence.toFixed(2),
      reviewCell(r),
      r.id,
    ]),
  };
}

/** The terminal's view: number, what, how much, by when, status. */
export function ledgerScreen(t: Table): Table {
  const keep = ['编号', '动作', '对象', '数量', '时限', '落实情况', '任务（原文）'].map((c) => t.columns.indexOf(c));
  return { columns: keep.map((i) => t.columns[i]), rows: t.rows.map((r) => keep.map((i) => r[i])) };
}

/** The title row: 某省2024年政府工作报告重点任务督查台账. */
export const ledgerTitle = (region: string | null, year: number | null): string => `${region ?? ''}${year !== null ? `${year}年` : ''}政府工作报告重点任务督查台账`;
