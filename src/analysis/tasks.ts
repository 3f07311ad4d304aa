// The task list as a sheet: one row per commitment, as a government office would hand it out (Chinese headers,
// qualifiers and review states in Chinese). Pure; the same rows whether the commitments come from a file just
// read (workreport plan) or from the library (/api/documents/{id}/tasks).
import type { Quantity, Task } from '../model/api/index.js';
import type { Cell, Table } from '../model/table.js';

/** Header and spreadsheet width of each column. */
const COLUMNS: Array<[string, number]> = [
  ['id', 20],
  ['文件', 16],
  ['所属部分', 30],
  ['主题', 24],
  ['动作', 8],
  ['原文动词', 10],
  ['对象', 30],
  ['数量', 12],
  ['单位', 8],
  ['限定', 8],
  ['时限', 12],
  ['力争', 6],
  ['项目', 24],
  ['原文', 60],
  ['位置', 12],
  ['复核', 8],
];
export const TASK_COLUMNS = COLUMNS.map(([name]) => name);

const QUALIFIER_CN: Record<string, string> = { about: '左右', at_least: '以上', at_most: '以内', exact: '', range: '区间' };
const REVIEW_CN: Record<string, string> = { confirmed: '已确认', edited: '已修改', rejected: '已否决' };

const amount = (q: Quantity): string => (q.value !== null ? String(q.value) : `${q.low}-${q.high}`);
/** A figure as one cell: amount, unit and qualifier (5.5%左右, 100-120亿元区间). */
export const quantityText = (q: Quantity): string => `${amount(q)}${q.unit ?? ''}${QUALIFIER_CN[q.qualifier] ?? q.qualifier}`;
const each = (t: Task, f: (q: Quantity) => string): string => t.quantities.map(f).join('；');

export function taskCells(file: string, t: Task): Cell[] {
  return [
    t.id,
    file,
    t.path,
    t.topic,
    t.action,
    t.verb,
    t.object,
    each(t, amount),
    each(t, (q) => q.unit ?? ''),
    each(t, (q) => QUALIFIER_CN[q.qualifier] ?? q.qualifier),
    t.deadline ?? (t.year !== null ? String(t.year) : ''),
    t.stretch ? '力争' : '',
    t.projects.join('；'),
    t.quote,
    `${t.span[0]}-${t.span[1]}`,
    t.review ? (REVIEW_CN[t.review] ?? t.review) : '',
  ];
}

/** The sheet of one or more reports' tasks, each row with its report's file name. */
export function tasksTable(docs: Array<{ file: string; tasks: Task[] }>): Table {
  return {
    columns: TASK_COLUMNS,
    rows: docs.flatMap((d) => d.tasks.map((t) => taskCells(d.file, t))),
    widths: COLUMNS.map(([, w]) => w),
  };
}
