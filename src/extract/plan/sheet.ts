// The task sheet: one row per commitment, as a government office would hand it out. Pure; the CLI writes
// it as CSV (UTF-8 with BOM, so Excel opens Chinese intact) or XLSX.
import type { Commitment, Quantity } from './types.js';

export const SHEET_COLUMNS = [
  ['file', '文件'],
  ['section', '所属部分'],
  ['action', '动作'],
  ['verb', '原文动词'],
  ['object', '对象'],
  ['quantity', '数量'],
  ['unit', '单位'],
  ['qualifier', '限定'],
  ['deadline', '时限'],
  ['stretch', '力争'],
  ['projects', '项目'],
  ['quote', '原文'],
  ['position', '位置'],
] as const;

export type SheetRow = Record<(typeof SHEET_COLUMNS)[number][0], string>;

const QUALIFIER_CN: Record<string, string> = { about: '左右', at_least: '以上', at_most: '以内', exact: '', range: '区间' };

const amount = (q: Quantity): string => (q.value !== null ? String(q.value) : `${q.low}-${q.high}`);

export function taskRows(file: string, commitments: Commitment[]): SheetRow[] {
  return commitments.map((c) => ({
    file,
    section: c.sectionPath.join(' › '),
    action: c.action,
    verb: c.verb,
    object: c.object,
    quantity: c.quantities.map(amount).join('；'),
    unit: c.quantities.map((q) => q.unit ?? '').join('；'),
    qualifier: c.quantities.map((q) => QUALIFIER_CN[q.qualifier] ?? q.qualifier).join('；'),
    deadline: c.deadline ?? (c.year !== null ? String(c.year) : ''),
    stretch: c.stretch ?? '',
    projects: c.projects.join('；'),
    quote: c.quote,
    position: `${c.span[0]}-${c.span[1]}`,
  }));
}

/** The task sheet as a table (Chinese headers) for the shared CSV/XLSX writers in src/cli/output.ts. */
export function taskTable(rows: SheetRow[]): { columns: string[]; rows: string[][]; widths: number[] } {
  return {
    columns: SHEET_COLUMNS.map(([, cn]) => cn),
    rows: rows.map((r) => SHEET_COLUMNS.map(([k]) => r[k])),
    widths: SHEET_COLUMNS.map(([k]) => (k === 'quote' ? 60 : k === 'object' || k === 'section' ? 30 : 12)),
  };
}

/** The readable list: commitments grouped under their section path. */
export function formatPlan(commitments: Commitment[]): string {
  const lines: string[] = [];
  let last = '';
  for (const c of commitments) {
    const path = c.sectionPath.join(' › ') || '(未分节)';
    if (path !== last) {
      lines.push('', path);
      last = path;
    }
    const qs = c.quantities
      .map((q) => `${amount(q)} ${q.unit ?? ''}${q.qualifier !== 'exact' ? ` (${q.qualifier})` : ''}`.trim())
      .join('、');
    const extra = [qs, c.stretch ? `stretch: ${c.stretch}` : '', c.deadline ?? (c.year ? String(c.year) : ''), c.projects.length ? `projects: ${c.projects.join('、')}` : '']
      .filter((x) => x !== '')
      .join(', ');
    lines.push(`  - ${c.verb} ${c.object}${extra ? ` — ${extra}` : ''}`);
  }
  return lines.join('\n').trimStart() + '\n';
}
