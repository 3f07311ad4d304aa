// Commitment follow-up: commitments of report Y (a region) against the review clauses of report Y+1, each with
// the sentences that report on it, a confidence and a status (未见回应 when none does; src/analysis/followup.ts).
import type { Library } from '../db.js';
import { docConditions, type DocFilter } from './filters.js';
import { getText } from '../repo.js';
import { clauses, followUp, isPledgeItem, prepareReview } from '../../analysis/followup.js';
import type { FollowUp, FollowUpItem } from '../../model/api/index.js';
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
    const next = docs.find((n) => n.year === q.year + 1 && (n.region_code ?? n.region) === (d.region_code ?? d.region));
    let sentences: ReturnType<typeof clauses> = [];
    let nextText = '';
    if (next) {
      const text = (nextText = await getText(lib.db, next.id));
      const reviews = await lib.db
        .selectFrom('sections')
        .select(['span_start', 'span_end'])
        .where('document_id', '=', next.id)
        .where('parent_ord', 'is', null)
        .where('kind', 'in', ['review', 'five_year_review'])
        .orderBy('ord')
        .execute();
      sentences = reviews.flatMap((s) => clauses(text, s.span_start, s.span_end));
    } else notes.push(`${d.region ?? d.id}: no ${q.year + 1} report in the library`);
    const review = prepareReview(nextText, sentences);
    // Quotes are not stored per commitment: they are slices of the text.
    const own = await getText(lib.db, d.id);
    const sections = await lib.db.selectFrom('sections').select(['ord', 'parent_ord', 'path', 'span_start']).where('document_id', '=', d.id).orderBy('ord').execute();
    let cq = lib.db
      .selectFrom('commitments')
      .select(['ord', 'topic', 'topic_start', 'topic_end', 'action', 'section_ord', 'span_start', 'span_end'])
      .where('document_id', '=', d.id)
      .where((eb) => eb.or([eb('review', 'is', null), eb('review', '!=', 'rejected')]))
      .orderBy('ord');
    if (q.limit) cq = cq.limit(q.limit);
    for (const c of await cq.execute()) {
      const quote = own.slice(c.span_start, c.span_end);
      const topic = topicOf(c, own);
      const found = next
        ? followUp({ quote, action: c.action ?? '', pledge: pledgeItem(own, sections, c.section_ord, topic, c.span_start) }, review, q.top ?? 3)
        : { status: '未见回应' as const, confidence: 0, candidates: [] };
      items.push({
        region: d.region,
        year: q.year,
        commitment_id: `${d.id}:${c.ord}`,
        commitment: quote,
        section: topic,
        next_document: next?.id ?? null,
        status: found.status,
        confidence: found.confidence,
        candidates: found.candidates,
      });
    }
  }
  if (thisYear.length === 0) notes.push(`no ${q.year} report matches these filters`);
  return { note: notes.length ? notes.join('\n') : null, items };
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
