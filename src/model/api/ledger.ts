// The supervision ledger (督查台账) of one report: each commitment numbered by section, with what it commits to and,
// once the next report is in the library, what the next review says became of it.
import { z } from '@hono/zod-openapi';
import { FormatQuery, Span } from './common.js';
import { FollowUpStatus, StatusReview } from './tables.js';

const str = z.string().nullable();

export const LedgerRow = z
  .object({
    no: z.string().openapi({ description: 'part-paragraph-item: the part as the report numbers it (一, 二 …), the paragraph within it, the commitment within the paragraph', example: '二-3-2' }),
    id: z.string().openapi({ description: 'the commitment (document:ord)' }),
    path: z.string(),
    topic: str,
    action: str,
    object: str,
    quantity: z.string().openapi({ description: 'the figures as written: amount, unit, qualifier (；between figures)' }),
    deadline: str,
    stretch: z.boolean(),
    projects: z.array(z.string()),
    quote: z.string(),
    span: Span,
    status: FollowUpStatus.nullable().openapi({ description: 'null while the next report is not in the library' }),
    evidence: str.openapi({ description: 'the next review’s sentence that reports on it' }),
    evidence_span: Span.nullable(),
    confidence: z.number().nullable(),
    review: StatusReview.nullable(),
  })
  .openapi('LedgerRow');
export type LedgerRow = z.infer<typeof LedgerRow>;

const Doc = z.object({ id: z.string(), region: str, year: z.number().nullable() });
export const LedgerResult = z
  .object({ title: z.string(), document: Doc, next_document: Doc.nullable(), rows: z.array(LedgerRow) })
  .openapi('LedgerResult');
export type LedgerResult = z.infer<typeof LedgerResult>;

export const LedgerQuery = FormatQuery;
