// commitments: one row per commitment of the work plan (no quote or section path columns: the quote is a slice of
// the text, the path the sections chain from section_ord), and the commitment as the API gives it.
import type { Commitment as Extracted } from '../../extract/plan/types.js';
import type { Commitment, Quantity } from '../../model/api/index.js';
import type { CommitmentsTable } from '../schema.js';

/** As extracted: no review yet. */
export function toRow(c: Extracted, ord: number, documentId: string, sectionOrd: number | null): Omit<CommitmentsTable, 'review'> {
  return {
    document_id: documentId,
    ord,
    section_ord: sectionOrd,
    topic: c.sectionPath.at(-1) ?? null,
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
    topic: c.topic,
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
