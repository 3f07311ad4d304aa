// commitments: one row per commitment of the work plan (no quote or section path columns: the quote is a slice of
// the text, the path the sections chain from section_ord), and the commitment as the API gives it.
import type { Commitment as Extracted } from '../../extract/plan/types.js';
import type { Commitment } from '../../model/api/index.js';
import type { CommitmentsTable } from '../schema.js';
import { packQuantities, quantitiesOf } from './quantities.js';

/** As extracted: no review yet. `topicAt` is one document's topicSpans; `text` the document's text. */
export function toRow(
  c: Extracted,
  ord: number,
  documentId: string,
  sectionOrd: number | null,
  topicAt: ReturnType<typeof topicSpans>,
  text: string,
): Omit<CommitmentsTable, 'review'> {
  const object = objectColumns(c.object, text, c.span[0], c.span[1]);
  return {
    document_id: documentId,
    ord,
    section_ord: sectionOrd,
    ...topicAt(c.sectionPath.at(-1) ?? null, c.span[0]),
    part: c.part,
    action: c.action,
    verb: c.verb,
    object: object.object,
    quantities: JSON.stringify(packQuantities(c.quantities, c.span[0])),
    deadline: c.deadline,
    year: c.year,
    stretch: c.stretch ? 1 : 0,
    projects: c.projects.length ? JSON.stringify(c.projects) : null,
    span_start: c.span[0],
    span_end: c.span[1],
    object_offset: object.object_offset,
    object_length: object.object_length,
  };
}

type ObjectColumns = Pick<CommitmentsTable, 'object' | 'object_offset' | 'object_length'>;

/**
 * A commitment's object as stored (migration 018): by its place in the commitment's quote when the quote holds it
 * (as the extractor's objects are: a slice of the clause), else as written (and in rows written before, and after
 * a reader's edit, which writes the column and clears the place).
 */
export function objectColumns(object: string | null, text: string, start: number, end: number): ObjectColumns {
  const at = object ? text.slice(start, end).indexOf(object) : -1;
  return at < 0 ? { object, object_offset: null, object_length: null } : { object: null, object_offset: at, object_length: object!.length };
}

/** A stored commitment's object: the column, or the text at its place in the quote. */
export function objectOf(row: ObjectColumns & Pick<CommitmentsTable, 'span_start'>, text: string): string | null {
  if (row.object !== null || row.object_offset === null || row.object_length === null) return row.object;
  const at = row.span_start + row.object_offset;
  return text.slice(at, at + row.object_length);
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
    object: objectOf(c, text),
    quantities: quantitiesOf(c.quantities, c.span_start),
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
