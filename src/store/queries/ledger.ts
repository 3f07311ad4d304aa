// The supervision ledger (督查台账) of one report, beneath both shells: from the library (/api/documents/{id}/ledger,
// `workreport plan --ledger --doc ID`), with each commitment's follow-up in the next report when the library has
// it, or from a file just read (`workreport plan --ledger FILE`), through the same rows (src/analysis/ledger.ts).
import type { Library } from '../db.js';
import type { FullReport } from '../../extract/report.js';
import type { FollowUpItem, LedgerResult, Section, Task } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';
import { ledgerRows, ledgerScreen, ledgerTable, ledgerTitle } from '../../analysis/ledger.js';
import { documentDetail } from './documents.js';
import { followUpOf, nextReport } from './followup.js';
import { reportRows, toTasks } from './tasks.js';

type Doc = LedgerResult['document'];

function answer(doc: Doc, next: Doc | null, text: string, sections: Section[], tasks: Task[], followUps?: FollowUpItem[]): Answer<LedgerResult> {
  const title = ledgerTitle(doc.region, doc.year);
  const rows = ledgerRows(text, sections, tasks, followUps && new Map(followUps.map((f) => [f.commitment_id, f])));
  const table = ledgerTable(title, rows);
  return { name: 'ledger', sheet: '督查台账', table, screen: ledgerScreen(table), json: { title, document: doc, next_document: next, rows } };
}

/** A stored report's ledger; null when there is no such report. */
export async function ledgerAnswer(lib: Library, id: string): Promise<Answer<LedgerResult> | null> {
  const d = await documentDetail(lib.db, id);
  const found = d && (await nextReport(lib, id));
  if (!d || !found) return null;
  const next = found.next;
  const followUps = next ? await followUpOf(lib, found.doc, next.id, { top: 1 }) : undefined;
  const doc = { id, region: d.meta.region, year: d.meta.year };
  return answer(doc, next && { id: next.id, region: next.region, year: next.year }, d.text, d.sections, toTasks(d.sections, d.commitments), followUps);
}

/** The ledger of a report just read (no library: no follow-up); the rows the library gives once it is stored. */
export function reportLedger(report: FullReport): Answer<LedgerResult> {
  const { id, sections, commitments } = reportRows(report);
  return answer({ id, region: report.meta.region, year: report.meta.year }, null, report.text, sections, toTasks(sections, commitments));
}
