// The task list: a report's commitments with their section path, filtered by section, action and
// quantified-or-not; from the library (the API) or from a report just read (workreport plan), through the same
// rows (toRow, fromRow) so that both give the same sheet.
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { FullReport } from '../../extract/report.js';
import type { Commitment, Section, Task, TasksResult } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';
import { tasksTable } from '../../analysis/tasks.js';
import { documentDetail } from './documents.js';
import { documentId, sha256Hex } from '../rows.js';
import * as sectionRow from '../tables/sections.js';
import * as commitmentRow from '../tables/commitments.js';

export interface TaskFilter {
  /** Only commitments under this section (its ord). */
  section?: number;
  actions?: string[];
  quantified?: boolean;
}

/** The commitments a reader has not rejected that pass the filter, each with its section path. */
export function toTasks(sections: Section[], commitments: Commitment[], f: TaskFilter = {}): Task[] {
  const byOrd = new Map(sections.map((s) => [s.ord, s]));
  const under = (ord: number | null): boolean => {
    if (f.section === undefined) return true;
    for (let s = ord === null ? undefined : byOrd.get(ord); s; s = s.parent_ord === null ? undefined : byOrd.get(s.parent_ord)) if (s.ord === f.section) return true;
    return false;
  };
  return commitments
    .filter(
      (k) =>
        k.review !== 'rejected' &&
        under(k.section_ord) &&
        (!f.actions?.length || f.actions.includes(k.action ?? '')) &&
        (f.quantified === undefined || f.quantified === k.quantities.length > 0),
    )
    .map((k) => ({ ...k, path: sectionRow.sectionPath(sections, k.section_ord) }));
}

/** A report's tasks as the library would give them once it is stored (workreport plan). */
export function reportTasks(report: FullReport): Task[] {
  const { sections, commitments } = reportRows(report);
  return toTasks(sections, commitments);
}

/** A report's sections and commitments read back through the rows the library would store (so both give the same). */
export function reportRows(report: FullReport): { id: string; sections: Section[]; commitments: Commitment[] } {
  const id = documentId(sha256Hex(report.text));
  const rows = sectionRow.toRows(report.sections ?? [], id);
  const topicAt = commitmentRow.topicSpans(report.text);
  const commitments = (report.commitments ?? []).map((c, ord) =>
    commitmentRow.fromRow({ ...commitmentRow.toRow(c, ord, id, sectionRow.innermostSection(rows, c.span[0]), topicAt, report.text), review: null }, report.text),
  );
  return { id, sections: rows.map(sectionRow.fromRow), commitments };
}

/** The sheet's file column: the name of the file the report came from (`path#row` for a collection's row). */
export const fileOf = (sourcePath: string): string => basename(sourcePath);

/** A stored report's task list; null when there is no such report. */
export async function tasksAnswer(db: Kysely<Database>, id: string, f: TaskFilter = {}): Promise<Answer<TasksResult> | null> {
  const d = await documentDetail(db, id);
  if (!d) return null;
  const tasks = toTasks(d.sections, d.commitments, f);
  return {
    name: 'tasks',
    sheet: '任务清单',
    table: tasksTable([{ file: fileOf(d.meta.source_path), tasks }]),
    json: { document: d.meta, sections: d.sections, commitments: tasks },
  };
}
