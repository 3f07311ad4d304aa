// Commitment follow-up: commitments of report Y (a region) against the review clauses of report Y+1.
import type { Library } from '../db.js';
import { docConditions, type DocFilter } from './filters.js';
import { getText } from '../repo.js';
import { commitmentTopic } from '../rows.js';
import { bestMatches, clauses, prepare, type Candidate } from '../../analysis/followup.js';
import type { Table } from '../../model/table.js';

export interface FollowUpItem {
  region: string | null;
  year: number;
  commitment_id: string;
  commitment: string;
  section: string | null;
  next_document: string | null;
  candidates: Candidate[];
}

export interface FollowUp {
  note: string | null;
  items: FollowUpItem[];
}

export async function runFollowUp(lib: Library, q: DocFilter & { year: number; top?: number; limit?: number }): Promise<FollowUp> {
  const any = await lib.db.selectFrom('commitments').select('document_id').limit(1).executeTakeFirst();
  if (!any) return { note: 'note: the library has no commitments yet (plan extraction, issue 3, has not filled the commitments table); nothing to follow up', items: [] };
  const docs = await lib.db
    .selectFrom('documents')
    .select(['id', 'region', 'region_code', 'year'])
    .where((eb) => docConditions(eb, { ...q, yearFrom: q.year, yearTo: q.year + 1 }))
    .orderBy('id')
    .execute();
  const items: FollowUpItem[] = [];
  const notes: string[] = [];
  const thisYear = docs.filter((d) => d.year === q.year);
  for (const d of thisYear) {
    const next = docs.find((n) => n.year === q.year + 1 && (n.region_code ?? n.region) === (d.region_code ?? d.region));
    let sentences: ReturnType<typeof clauses> = [];
    if (next) {
      const text = await getText(lib.db, next.id);
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
    const prepared = sentences.map((s) => ({ ...s, prepared: prepare(s.text) }));
    // Quotes are not stored per commitment: they are slices of the text.
    const own = await getText(lib.db, d.id);
    let cq = lib.db
      .selectFrom('commitments')
      .select(['ord', 'topic', 'topic_start', 'topic_end', 'span_start', 'span_end'])
      .where('document_id', '=', d.id)
      .where((eb) => eb.or([eb('review', 'is', null), eb('review', '!=', 'rejected')]))
      .orderBy('ord');
    if (q.limit) cq = cq.limit(q.limit);
    for (const c of await cq.execute()) {
      const quote = own.slice(c.span_start, c.span_end);
      items.push({
        region: d.region,
        year: q.year,
        commitment_id: `${d.id}:${c.ord}`,
        commitment: quote,
        section: commitmentTopic(c, own),
        next_document: next?.id ?? null,
        candidates: bestMatches(quote, prepared, q.top ?? 3),
      });
    }
  }
  if (thisYear.length === 0) notes.push(`no ${q.year} report matches these filters`);
  return { note: notes.length ? notes.join('\n') : null, items };
}

/** One row per (commitment, candidate). */
export function followUpTable(items: FollowUpItem[]): Table {
  const rows: Table['rows'] = [];
  for (const it of items) {
    if (it.candidates.length === 0) rows.push([it.region, it.year, it.commitment_id, it.commitment, null, null, null]);
    it.candidates.forEach((c, i) => rows.push([it.region, it.year, it.commitment_id, i === 0 ? it.commitment : '', i + 1, c.score, c.text]));
  }
  return { columns: ['region', 'year', 'commitment_id', 'commitment', 'rank', 'score', 'candidate sentence (next review)'], rows };
}
