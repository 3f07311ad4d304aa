// Commitment follow-up: commitments of report Y (a region) against the review clauses of report Y+1, each with
// the sentences that report on it, a confidence and a status (未见回应 when none does; src/analysis/followup.ts).
import type { Library } from '../db.js';
import { docConditions, type DocFilter } from './filters.js';
import { getText } from '../repo.js';
import { clauses, followUp, isPledgeItem, prepareReview } from '../../analysis/followup.js';
import type { Correction, FollowUp, FollowUpItem } from '../../model/api/index.js';
import { ReviewError, reviewStatus, statusReviews, type StatusReviewInput } from '../corrections.js';
import type { Answer, Table } from '../../model/table.js';
import { topicOf } from '../tables/commitments.js';

export type FollowUpQuery = DocFilter & { year: number; top?: number; limit?: number };

export async function runFollowUp(lib: Library, q: FollowUpQuery): Promise<FollowUp> {
  const any = await lib.db.selectFrom('commitments').select('document_id').limit(1).executeTakeFirst();
  if (!any) return { note: 'note: the library has no commitments yet (plan extraction, issue 3, has not filled the commitments table); nothing to follow up', items: [] };
  const docs = await lib.db
    .selectFrom('documents')
    .select(['id', 'region', 'region_code', 'year'])
    .where((eb) => docConditions(eb, { ...q, yearFrom: q.year, yearTo: q.year + 1, oneReportPerRegionYear: true }))
    .orderBy('id')
    .execute();
  const items: FollowUpItem[] = [];
  const notes: string[] = [];
  const thisYear = docs.filter((d) => d.year === q.year);
  for (const d of thisYear) {
    const next = docs.find((n) => n.year === q.year + 1 && sameRegion(n, d)) ?? null;
    if (!next) notes.push(`${d.region ?? d.id}: no ${q.year + 1} report in the library`);
    items.push(...(await followUpOf(lib, { ...d, year: q.year }, next?.id ?? null, q)));
  }
  if (thisYear.length === 0) notes.push(`no ${q.year} report matches these filters`);
  return { note: notes.length ? notes.join('\n') : null, items };
}

interface Doc {
  id: string;
  region: string | null;
  region_code: string | null;
  year: number | null;
}

const sameRegion = (a: Doc, b: Doc): boolean => (a.region_code ?? a.region) === (b.region_code ?? b.region);

/** The work report of the next year of a stored report's region, if the library has it (as runFollowUp pairs them). */
export async function nextReport(lib: Library, id: string): Promise<{ doc: Doc; next: Doc | null } | null> {
  const doc = await lib.db.selectFrom('documents').select(['id', 'region', 'region_code', 'year']).where('id', '=', id).executeTakeFirst();
  if (!doc) return null;
  if (doc.year === null || (doc.region_code ?? doc.region) === null) return { doc, next: null };
  const later = await lib.db
    .selectFrom('documents')
    .select(['id', 'region', 'region_code', 'year'])
    .where('year', '=', doc.year + 1)
    .where('genre', '=', 'work_report')
    .where((eb) => (doc.region_code ? eb('region_code', '=', doc.region_code) : eb('region', '=', doc.region)))
    .orderBy('id')
    .execute();
  return { doc, next: later.find((n) => sameRegion(n, doc)) ?? null };
}

/**
 * One report's commitments (all, or those of `ords`) against the review of `next` (none: 未见回应 throughout), each
 * with the status a person gave it over the matcher's (statusReviews).
 */
export async function followUpOf(lib: Library, d: Doc, next: string | null, q: { top?: number; limit?: number; ords?: number[] } = {}): Promise<FollowUpItem[]> {
  const review = next ? await reviewOf(lib, next) : prepareReview('', []);
  const reviewed = next ? await statusReviews(lib.db, d.id, next) : new Map();
  // Quotes are not stored per commitment: they are slices of the text.
  const own = await getText(lib.db, d.id);
  const sections = await lib.db.selectFrom('sections').select(['ord', 'parent_ord', 'path', 'span_start']).where('document_id', '=', d.id).orderBy('ord').execute();
  let cq = lib.db
    .selectFrom('commitments')
    .select(['ord', 'topic', 'topic_start', 'topic_end', 'action', 'section_ord', 'span_start', 'span_end'])
    .where('document_id', '=', d.id)
    .where((eb) => eb.or([eb('review', 'is', null), eb('review', '!=', 'rejected')]))
    .orderBy('ord');
  if (q.ords) cq = cq.where('ord', 'in', q.ords.length ? q.ords : [-1]);
  if (q.limit) cq = cq.limit(q.limit);
  const items: FollowUpItem[] = [];
  for (const c of await cq.execute()) {
    const quote = own.slice(c.span_start, c.span_end);
    const topic = topicOf(c, own);
    const found = next
      ? followUp({ quote, action: c.action ?? '', pledge: pledgeItem(own, sections, c.section_ord, topic, c.span_start) }, review, q.top ?? 3)
      : { status: '未见回应' as const, confidence: 0, candidates: [] };
    const person = reviewed.get(`${c.span_start}:${c.span_end}`);
    items.push({
      region: d.region,
      year: d.year ?? 0,
      commitment_id: `${d.id}:${c.ord}`,
      commitment: quote,
      section: topic,
      next_document: next,
      status: person?.status ?? found.status,
      confidence: found.confidence,
      candidates: found.candidates,
      review: person ? { ...person, matched: found.status } : null,
    });
  }
  return items;
}

/** The review clauses of a report (its top-level review parts), prepared for matching. */
async function reviewOf(lib: Library, id: string): Promise<ReturnType<typeof prepareReview>> {
  const text = await getText(lib.db, id);
  const reviews = await lib.db
    .selectFrom('sections')
    .select(['span_start', 'span_end'])
    .where('document_id', '=', id)
    .where('parent_ord', 'is', null)
    .where('kind', 'in', ['review', 'five_year_review'])
    .orderBy('ord')
    .execute();
  return prepareReview(text, reviews.flatMap((s) => clauses(text, s.span_start, s.span_end)));
}

/** A person's status for a stored commitment against the next report in the library (the yoy page's 确认). */
export async function reviewFollowUpStatus(lib: Library, commitmentId: string, input: StatusReviewInput): Promise<Correction> {
  const m = /^([0-9a-f]{16}):(\d{1,10})$/.exec(commitmentId);
  const found = m ? await nextReport(lib, m[1]) : null;
  if (!m || !found) throw new ReviewError(`no commitment ${commitmentId}`, 404);
  if (!found.next) throw new ReviewError(`${found.doc.region ?? found.doc.id}: no ${(found.doc.year ?? 0) + 1} report in the library to follow ${commitmentId} up in`, 400);
  const [item] = await followUpOf(lib, found.doc, found.next.id, { ords: [Number(m[2])], top: 1 });
  if (!item) throw new ReviewError(`no commitment ${commitmentId}`, 404);
  return reviewStatus(lib.db, commitmentId, found.next.id, { status: item.status, matched: item.review?.matched ?? item.status }, input);
}

interface SectionRow {
  ord: number;
  parent_ord: number | null;
  path: string;
  span_start: number;
}

/** isPledgeItem from the stored section chain: the path with the paragraph's heading, and its part's section. */
function pledgeItem(text: string, sections: SectionRow[], sectionOrd: number | null, topic: string | null, start: number): boolean {
  const section = sectionOrd === null ? undefined : sections[sectionOrd];
  const path: string[] = section ? JSON.parse(section.path) : [];
  if (topic && path.at(-1) !== topic) path.push(topic);
  let top = section;
  while (top && top.parent_ord !== null && sections[top.parent_ord].parent_ord !== null) top = sections[top.parent_ord];
  return isPledgeItem(text, path, top?.span_start ?? start, start);
}

/** One row per (commitment, evidence sentence); a commitment nothing reports on has one row, 未见回应. */
export function followUpTable(items: FollowUpItem[]): Table {
  const rows: Table['rows'] = [];
  for (const it of items) {
    if (it.candidates.length === 0) rows.push([it.region, it.year, it.commitment_id, it.commitment, it.status, null, null, null]);
    it.candidates.forEach((c, i) => rows.push([it.region, it.year, it.commitment_id, i === 0 ? it.commitment : '', i === 0 ? it.status : '', i + 1, c.score, c.text]));
  }
  return { columns: ['region', 'year', 'commitment_id', 'commitment', 'status', 'rank', 'score', 'evidence sentence (next review)'], rows };
}

export async function followUpAnswer(lib: Library, q: FollowUpQuery): Promise<Answer<FollowUp>> {
  const r = await runFollowUp(lib, q);
  return { name: 'follow-up', table: followUpTable(r.items), json: r };
}
