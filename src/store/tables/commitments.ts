// commitments: one row per commitment of the work plan (no quote or section path columns: the quote is a slice of
// the text, the path the sections chain from section_ord), and the commitment as the API gives it.
import type { Commitment as Extracted } from '../../extract/plan/types.js';
import type { Commitment, Quantity } from '../../model/api/index.js';
import type { CommitmentsTable } from '../schema.js';

/** As extracted: no review yet. `topicAt` is one document's topicSpans. */
export function toRow(
  c: Extracted,
  ord: number,
  documentId: string,
  sectionOrd: number | null,
  topicAt: ReturnType<typeof topicSpans>,
): Omit<CommitmentsTable, 'review'> {
  return {
    document_id: documentId,
    ord,
    section_ord: sectionOrd,
    ...topicAt(c.sectionPath.at(-1) ?? null, c.span[0]),
    part: c.part,
    action: c.action,
    verb: c.verb,
    object: c.object,
    quantities: JSON.stringify(c.quantities),
    deadline: c.deadline,
    year: c.year,
    stretch: c.stretch ? 1 : 0,
    projects: c.projects.length ? JSON.stringify(c.projects) : null,
    span_start: c.span[0],
    span_end: c.span[1],
  };
}

export type CommitmentRow = Omit<CommitmentsTable, 'review'> & { review: string | null };

/** The row with its quote from the report's text. */
export function fromRow(c: CommitmentRow, text: string): Commitment {
  return {
    id: `${c.document_id}:${c.ord}`,
    section_ord: c.section_ord,
    topic: topicOf(c, text),
    part: c.part,
    action: c.action,
    verb: c.verb,
    object: c.object,
    quantities: JSON.parse(c.quantities) as Quantity[],
    deadline: c.deadline,
    year: c.year,
    stretch: c.stretch === 1,
    projects: c.projects ? (JSON.parse(c.projects) as string[]) : [],
    review: c.review,
    span: [c.span_start, c.span_end],
    quote: text.slice(c.span_start, c.span_end),
  };
}

type TopicColumns = Pick<CommitmentsTable, 'topic' | 'topic_start' | 'topic_end'>;

/**
 * A commitment's topic as stored (migration 014): by its place in the text when the text holds it before the
 * commitment (a run-in heading, a section title; the same place for every commitment under it), else as written.
 * One per document: each distinct topic is looked up once.
 */
export function topicSpans(text: string): (topic: string | null, before: number) => TopicColumns {
  const places = new Map<string, number>();
  return (topic, before) => {
    if (!topic) return { topic: null, topic_start: null, topic_end: null };
    let at = places.get(topic);
    if (at === undefined || at > before) places.set(topic, (at = text.lastIndexOf(topic, before)));
    return at < 0 ? { topic, topic_start: null, topic_end: null } : { topic: null, topic_start: at, topic_end: at + topic.length };
  };
}

/** A stored commitment's topic: the column, or the text at its span. */
export function topicOf(row: TopicColumns, text: string): string | null {
  return row.topic ?? (row.topic_start === null || row.topic_end === null ? null : text.slice(row.topic_start, row.topic_end));
}
