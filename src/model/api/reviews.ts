// Reviews of facts and commitments (confirm, edit, reject), and the audit trail they leave.
import { z } from '@hono/zod-openapi';
import { DocumentId, FormatQuery, whole } from './common.js';
import { FollowUpStatus } from './tables.js';

const finite = z.number().finite().nullable();
export const FactReviewBody = z
  .object({
    action: z.enum(['confirm', 'edit', 'reject']),
    edit: z
      .object({
        indicator: z.string().max(40).optional(),
        value: finite.optional(),
        low: finite.optional(),
        high: finite.optional(),
        unit: z.string().max(12).nullable().optional(),
        qualifier: z.enum(['about', 'at_least', 'at_most', 'exact', 'range']).nullable().optional(),
      })
      .strict()
      .optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('FactReview');
export type FactReviewBody = z.infer<typeof FactReviewBody>;

export const CommitmentReviewBody = z
  .object({
    action: z.enum(['confirm', 'edit', 'reject']),
    edit: z.object({ action: z.string().max(20).nullable().optional(), object: z.string().max(200).nullable().optional(), deadline: z.string().max(40).nullable().optional() }).strict().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('CommitmentReview');
export type CommitmentReviewBody = z.infer<typeof CommitmentReviewBody>;

const str = z.string().nullable();

/** A person confirms the follow-up status the matcher gave a commitment, or sets another (against report Y+1). */
export const StatusReviewBody = z
  .object({
    status: FollowUpStatus,
    author: z.string().trim().max(80).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('StatusReview');
export type StatusReviewBody = z.infer<typeof StatusReviewBody>;
/** One review as the audit trail keeps it: what it concerns (anchor), what it did, the fields before and after. */
export const Correction = z
  .object({
    id: z.string(),
    target: z.enum(['fact', 'commitment', 'followup']).openapi({ description: 'followup: a person’s status of a commitment against the next report (anchor_measure: that report’s id)' }),
    document_id: z.string(),
    span_start: z.number(),
    span_end: z.number(),
    anchor_indicator: str.openapi({ description: 'as extracted: the fact’s indicator, the commitment’s action' }),
    anchor_measure: str,
    action: z.enum(['confirm', 'edit', 'reject']),
    before: z.record(z.string(), z.unknown()),
    after: z.record(z.string(), z.unknown()),
    note: str,
    created_at: z.string(),
    author: str.openapi({ description: 'who made it, as they named themselves (null when not given)' }),
  })
  .openapi('Correction');
export type Correction = z.infer<typeof Correction>;

/** A correction in the trail, with its report's region, year and title. */
export const ListedCorrection = Correction.extend({ region: str, year: z.number().nullable(), title: str }).openapi('ListedCorrection');
export type ListedCorrection = z.infer<typeof ListedCorrection>;
export const CorrectionList = z.object({ corrections: z.array(ListedCorrection) }).openapi('CorrectionList');
export type CorrectionList = z.infer<typeof CorrectionList>;

export const CorrectionsQuery = FormatQuery.extend({
  document: DocumentId.optional(),
  target: z.enum(['fact', 'commitment', 'followup']).optional(),
  limit: whole(1, 1000).default(200),
  offset: whole(0, Number.MAX_SAFE_INTEGER).default(0),
});
