// Review and correction of extracted rows: a reader confirms, edits or rejects a fact or a commitment. Every change
// is a row of `corrections` (time, before, after, note): the audit trail. The extracted rows carry the latest
// outcome in `review`, and since re-extraction rewrites them, applyCorrections puts every correction back after
// each ingest and reindex. A correction is anchored by what re-reading the same text does not change: document,
// span, and the indicator and measure (for a commitment, the action) as extracted. A follow-up status (target
// followup) is a person's judgement of a commitment against the next report: anchored by the commitment's document
// and span and the next report's id (anchor_measure), it changes no row (statuses are computed when read) and is
// laid over the matcher's status by statusReviews, so reindex, which renumbers rows, cannot lose it.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CommitmentsTable, Database } from './schema.js';
import { objectOf } from './tables/commitments.js';
import { readText } from './texts.js';
import type { CorrectionRecord } from '../model/rows.js';
import type { Correction, FollowUpStatus, ListedCorrection, StatusReview } from '../model/api/index.js';
import { INDICATOR_BY_ID } from '../lexicon/indicators.js';

export type ReviewAction = 'confirm' | 'edit' | 'reject';
const REVIEW_OF: Record<ReviewAction, string> = { confirm: 'confirmed', edit: 'edited', reject: 'rejected' };

/** The fields of a fact a reader may change. */
export interface FactEdit {
  indicator?: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  qualifier?: string | null;
}

/** The fields of a commitment a reader may change. */
export interface CommitmentEdit {
  action?: string | null;
  object?: string | null;
  deadline?: string | null;
}

export interface ReviewInput<E> {
  action: ReviewAction;
  edit?: E;
  note?: string | null;
}

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404,
  ) {
    super(message);
  }
}

const QUALIFIERS = new Set(['about', 'at_least', 'at_most', 'exact', 'range']);
const FACT_FIELDS = ['indicator', 'value', 'low', 'high', 'unit', 'qualifier'] as const;
const COMMITMENT_FIELDS = ['action', 'object', 'deadline'] as const;

function parseId(id: string): { documentId: string; ord: number } {
  // Ords are integer columns: one past 2^31 names no row on any backend (and PostgreSQL refuses to compare it).
  const m = /^([0-9a-f]{16}):(\d{1,10})$/.exec(id);
  if (!m || Number(m[2]) > 2 ** 31 - 1) throw new ReviewError(`not a row id: ${id} (expected document:ord)`, 400);
  return { documentId: m[1], ord: Number(m[2]) };
}

/** A value edit: one number sets value, low and high; a range gives low and high. */
function normaliseFactEdit(before: Record<string, unknown>, e: FactEdit): Record<string, unknown> {
  const after: Record<string, unknown> = { ...before };
  if (e.indicator !== undefined) {
    if (!INDICATOR_BY_ID.has(e.indicator)) throw new ReviewError(`unknown indicator ${e.indicator}`, 400);
    after.indicator = e.indicator;
  }
  if (e.qualifier !== undefined) {
    if (e.qualifier !== null && !QUALIFIERS.has(e.qualifier)) throw new ReviewError(`unknown qualifier ${e.qualifier}`, 400);
    after.qualifier = e.qualifier;
  }
  if (e.unit !== undefined) after.unit = e.unit;
  if (e.value !== undefined) {
    after.value = e.value;
    after.low = e.value;
    after.high = e.value;
  }
  if (e.low !== undefined || e.high !== undefined) {
    const low = e.low ?? (after.low as number | null);
    const high = e.high ?? (after.high as number | null);
    if (low !== null && high !== null && low > high) throw new ReviewError('low is above high', 400);
    after.low = low;
    after.high = high;
    if (low !== high) after.value = null;
  }
  for (const k of ['value', 'low', 'high'] as const) {
    const v = after[k];
    if (v !== null && v !== undefined && !Number.isFinite(v)) throw new ReviewError(`${k} must be a number`, 400);
  }
  return after;
}

const pick = (row: Record<string, unknown>, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));

/** The anchor of a row: its first correction's, so that an edited indicator still finds its extracted row. */
async function anchorOf(db: Kysely<Database>, target: 'fact' | 'commitment', row: { document_id: string; span_start: number; span_end: number }, current: { indicator: string | null; measure: string | null }) {
  const earlier = await db
    .selectFrom('corrections')
    .selectAll()
    .where('target', '=', target)
    .where('document_id', '=', row.document_id)
    .where('span_start', '=', row.span_start)
    .where('span_end', '=', row.span_end)
    .orderBy('created_at', 'desc')
    .execute();
  for (const c of earlier) {
    const after = JSON.parse(c.after) as Record<string, unknown>;
    const now = target === 'fact' ? after.indicator ?? c.anchor_indicator : after.action ?? c.anchor_indicator;
    if (now === current.indicator || c.anchor_indicator === current.indicator) return { indicator: c.anchor_indicator, measure: c.anchor_measure };
  }
  return current;
}

/**
 * What a review and its re-application need to know of a target: its table, the fields a reader may change, how an
 * edit applies, and its anchor: the column (and for a fact the measure) that, with document and span, finds its row.
 */
interface Target<E> {
  target: 'fact' | 'commitment';
  table: 'facts' | 'commitments';
  fields: readonly string[];
  edit(before: Record<string, unknown>, e: E): Record<string, unknown>;
  anchorColumn: 'indicator' | 'action';
  measured: boolean;
  /** The row's fields as the API gives them, where a column can be derived from the text (a commitment's object). */
  read?(db: Kysely<Database>, row: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Columns set with every write of the fields (a commitment's written object replaces its place in the text). */
  written?: Record<string, unknown>;
}

const FACT: Target<FactEdit> = { target: 'fact', table: 'facts', fields: FACT_FIELDS, edit: normaliseFactEdit, anchorColumn: 'indicator', measured: true };

const COMMITMENT: Target<CommitmentEdit> = {
  target: 'commitment',
  table: 'commitments',
  fields: COMMITMENT_FIELDS,
  edit: (before, e) => ({ ...before, ...Object.fromEntries(Object.entries(e).filter(([k]) => (COMMITMENT_FIELDS as readonly string[]).includes(k))) }),
  anchorColumn: 'action',
  measured: false,
  async read(db, row) {
    if (row.object !== null || row.object_offset === null) return row;
    const text = (await readText(db, row.document_id as string)) ?? '';
    return { ...row, object: objectOf(row as unknown as CommitmentsTable, text) };
  },
  written: { object_offset: null, object_length: null },
};

// (The two targets' tables differ in columns, not in the ones read and written here.)
const rowsOf = (db: Kysely<Database>) => db as unknown as Kysely<Pick<Database, 'facts'>>;

/** A correction as the API gives it: before and after as objects. */
export function correctionOut<T extends CorrectionRecord>(c: T): Omit<T, 'before' | 'after' | 'target' | 'action'> & Correction {
  return {
    ...c,
    target: c.target as Correction['target'],
    action: c.action as Correction['action'],
    before: JSON.parse(c.before) as Record<string, unknown>,
    after: JSON.parse(c.after) as Record<string, unknown>,
    author: c.author ?? null,
  };
}

/** Confirms, edits or rejects one row: a correction in the trail, and the row as reviewed, in one transaction. */
async function review<E>(db: Kysely<Database>, t: Target<E>, id: string, input: ReviewInput<E>, now: string): Promise<Correction> {
  const { documentId, ord } = parseId(id);
  const row = await rowsOf(db).selectFrom(t.table as 'facts').selectAll().where('document_id', '=', documentId).where('ord', '=', ord).executeTakeFirst();
  if (!row) throw new ReviewError(`no ${t.target} ${id}`, 404);
  const before = pick(t.read ? await t.read(db, row as Record<string, unknown>) : row, t.fields);
  const after = input.action === 'edit' ? t.edit(before, input.edit ?? ({} as E)) : before;
  const anchor = await anchorOf(db, t.target, row, { indicator: (row as Record<string, any>)[t.anchorColumn], measure: t.measured ? row.measure : null });
  const correction: CorrectionRecord = {
    id: randomUUID(),
    target: t.target,
    document_id: documentId,
    span_start: row.span_start,
    span_end: row.span_end,
    anchor_indicator: anchor.indicator,
    anchor_measure: anchor.measure,
    action: input.action,
    before: JSON.stringify(before),
    after: JSON.stringify(after),
    note: input.note?.trim() || null,
    created_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('corrections').values(correction).execute();
    await rowsOf(trx)
      .updateTable(t.table as 'facts')
      .set({ ...(after as object), ...t.written, review: REVIEW_OF[input.action] })
      .where('document_id', '=', documentId)
      .where('ord', '=', ord)
      .execute();
  });
  return correctionOut(correction);
}

export const reviewFact = (db: Kysely<Database>, factId: string, input: ReviewInput<FactEdit>, now = new Date().toISOString()) => review(db, FACT, factId, input, now);
export const reviewCommitment = (db: Kysely<Database>, id: string, input: ReviewInput<CommitmentEdit>, now = new Date().toISOString()) => review(db, COMMITMENT, id, input, now);

/**
 * Puts every correction back on the rows it concerns (all documents, or these): the latest per anchor wins.
 * Idempotent; run after ingest and reindex, which rewrite the rows. Returns how many rows it set.
 */
export async function applyCorrections(db: Kysely<Database>, documentIds?: string[]): Promise<number> {
  let q = db.selectFrom('corrections').selectAll().orderBy('created_at');
  if (documentIds) {
    if (documentIds.length === 0) return 0;
    q = q.where('document_id', 'in', documentIds);
  }
  const all = await q.execute();
  const latest = new Map<string, CorrectionRecord>();
  for (const c of all) if (c.target !== 'followup') latest.set(`${c.target}|${c.document_id}|${c.span_start}|${c.span_end}|${c.anchor_indicator}|${c.anchor_measure}`, c);
  let set = 0;
  for (const c of latest.values()) set += c.target === 'fact' ? await reapply(db, FACT, c) : await reapply(db, COMMITMENT, c);
  return set;
}

/** One correction put back on its row: the extracted one (its anchor) or the one it already edited (the new name). */
async function reapply<E>(db: Kysely<Database>, t: Target<E>, c: CorrectionRecord): Promise<number> {
  const after = JSON.parse(c.after) as Record<string, unknown>;
  const names = [...new Set([c.anchor_indicator, after[t.anchorColumn]].filter((x): x is string => typeof x === 'string'))];
  const column = t.anchorColumn as 'indicator';
  let q = rowsOf(db)
    .updateTable(t.table as 'facts')
    .set({ ...pick(after, t.fields), ...t.written, review: REVIEW_OF[c.action as ReviewAction] })
    .where('document_id', '=', c.document_id)
    .where('span_start', '=', c.span_start)
    .where('span_end', '=', c.span_end)
    .where((eb) => (names.length ? eb(column, 'in', names) : eb(column, 'is', null)));
  if (t.measured) q = q.where('measure', '=', c.anchor_measure ?? '');
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export interface StatusReviewInput {
  status: FollowUpStatus;
  author?: string | null;
  note?: string | null;
}

/**
 * A person's status for a commitment (document:ord) against the next report: a correction in the trail, before the
 * status shown (the matcher's or an earlier person's), after theirs; confirm when it is the matcher's, else edit.
 */
export async function reviewStatus(
  db: Kysely<Database>,
  commitmentId: string,
  next: string,
  shown: { status: FollowUpStatus; matched: FollowUpStatus },
  input: StatusReviewInput,
  now = new Date().toISOString(),
): Promise<Correction> {
  const { documentId, ord } = parseId(commitmentId);
  const row = await db.selectFrom('commitments').select(['span_start', 'span_end', 'action']).where('document_id', '=', documentId).where('ord', '=', ord).executeTakeFirst();
  if (!row) throw new ReviewError(`no commitment ${commitmentId}`, 404);
  const correction: CorrectionRecord = {
    id: randomUUID(),
    target: 'followup',
    document_id: documentId,
    span_start: row.span_start,
    span_end: row.span_end,
    anchor_indicator: row.action,
    anchor_measure: next,
    action: input.status === shown.matched ? 'confirm' : 'edit',
    before: JSON.stringify({ status: shown.status, matched: shown.matched }),
    after: JSON.stringify({ status: input.status }),
    note: input.note?.trim() || null,
    created_at: now,
    author: input.author?.trim() || null,
  };
  await db.insertInto('corrections').values(correction).execute();
  return correctionOut(correction);
}

/** The latest status a person gave each commitment of a document against the next report, by `start:end` span. */
export async function statusReviews(db: Kysely<Database>, documentId: string, next: string): Promise<Map<string, Omit<StatusReview, 'matched'>>> {
  const rows = await db
    .selectFrom('corrections')
    .selectAll()
    .where('target', '=', 'followup')
    .where('document_id', '=', documentId)
    .where('anchor_measure', '=', next)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const out = new Map<string, Omit<StatusReview, 'matched'>>();
  for (const c of rows) {
    const status = (JSON.parse(c.after) as { status: FollowUpStatus }).status;
    out.set(`${c.span_start}:${c.span_end}`, { status, action: c.action as 'confirm' | 'edit', author: c.author ?? null, note: c.note, at: c.created_at, correction_id: c.id });
  }
  return out;
}

export interface CorrectionFilter {
  documentId?: string;
  target?: 'fact' | 'commitment' | 'followup';
  limit?: number;
  offset?: number;
}

/** The audit trail, newest first, with the region and year of each document. */
export async function listCorrections(db: Kysely<Database>, f: CorrectionFilter = {}): Promise<ListedCorrection[]> {
  let q = db
    .selectFrom('corrections')
    .leftJoin('documents', 'documents.id', 'corrections.document_id')
    .selectAll('corrections')
    .select(['documents.region', 'documents.year', 'documents.title'])
    .orderBy('corrections.created_at', 'desc')
    .orderBy('corrections.id');
  if (f.documentId) q = q.where('corrections.document_id', '=', f.documentId);
  if (f.target) q = q.where('corrections.target', '=', f.target);
  const rows = await q.limit(f.limit ?? 200).offset(f.offset ?? 0).execute();
  return rows.map(correctionOut);
}
