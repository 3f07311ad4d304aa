// The library's reports as the API gives them: the list, the regions, one report whole (text, parts, facts,
// commitments, projects, items), its task list, and an upload's outcome. Every span points into the report's text.
import { z } from '@hono/zod-openapi';
import { figure, FormatQuery, list, RegionQuery, Span, whole, yearRange } from './common.js';

const str = z.string().nullable();
const num = z.number().nullable();

export const DocumentSummary = z
  .object({
    id: z.string(),
    title: str,
    region: str,
    region_code: str,
    level: str,
    parent_region: str,
    year: num,
    date: str,
    format: str,
    source_path: z.string(),
    chars: z.number(),
    facts: z.number(),
    commitments: z.number(),
    ingested_at: z.string(),
    superseded_by: str.openapi({ description: 'another report of its region, level and year that the tables use instead of this one (the later-ingested); null for the one they use' }),
  })
  .openapi('DocumentSummary');
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentList = z.object({ total: z.number(), documents: z.array(DocumentSummary) }).openapi('DocumentList');
export type DocumentList = z.infer<typeof DocumentList>;

export const RegionSummary = z
  .object({ region: str, code: str, level: str, parent: str, years: z.array(z.number()).openapi({ description: 'report years, oldest first' }), documents: z.number() })
  .openapi('RegionSummary');
export type RegionSummary = z.infer<typeof RegionSummary>;
export const RegionList = z.object({ regions: z.array(RegionSummary) }).openapi('RegionList');

/** Every column of the report's row but the ingest hints. */
export const DocumentMeta = z
  .object({
    id: z.string(),
    text_hash: z.string(),
    sha256: z.string(),
    source_path: z.string(),
    source_id: str,
    url: str,
    title: str,
    format: str,
    encoding: str,
    genre: z.string(),
    region: str,
    region_code: str,
    level: str,
    parent_region: str,
    parent_code: str,
    year: num,
    review_year: num,
    date: str,
    meeting: str,
    speaker: str,
    chars: z.number(),
    extractor_version: z.string(),
    ingested_at: z.string(),
    superseded_by: str.openapi({ description: 'another report of its region, level and year that the tables use instead of this one' }),
  })
  .openapi('DocumentMeta');
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Section = z
  .object({ ord: z.number(), parent_ord: num, kind: z.string(), level: z.number(), marker: str, title: z.string(), span: Span })
  .openapi('Section');
export type Section = z.infer<typeof Section>;

export const Fact = z
  .object({
    id: z.string().openapi({ description: 'document:ord' }),
    indicator: z.string(),
    kind: z.string(),
    year: num,
    measure: z.string(),
    ...figure,
    stretch: z.boolean(),
    headline: z.boolean(),
    period: str,
    statement: str,
    review: str.openapi({ description: 'confirmed, edited, rejected or null' }),
    section_ord: num,
    span: Span,
    quote: z.string(),
  })
  .openapi('Fact');
export type Fact = z.infer<typeof Fact>;

export const Quantity = z.object({ value: num, low: z.number(), high: z.number(), unit: str, qualifier: z.string(), span: Span }).openapi('Quantity');
export type Quantity = z.infer<typeof Quantity>;

export const Commitment = z
  .object({
    id: z.string(),
    section_ord: num,
    topic: str,
    part: str,
    action: str,
    verb: str,
    object: str,
    quantities: z.array(Quantity),
    deadline: str,
    year: num,
    stretch: z.boolean(),
    projects: z.array(z.string()),
    review: str,
    span: Span,
    quote: z.string(),
  })
  .openapi('Commitment');
export type Commitment = z.infer<typeof Commitment>;

export const Project = z
  .object({
    id: z.string(),
    name: z.string(),
    stage: str,
    mentions: z.array(z.object({ span: Span, kind: z.string(), stage: str })),
    span: Span,
    investment: Quantity.nullable(),
    related: z.array(z.string()),
  })
  .openapi('Project');
export type Project = z.infer<typeof Project>;

/** A pledge (为民办实事), achievement or problem: its own fields beside kind, span and quote. */
export const Item = z.looseObject({ kind: z.enum(['pledge', 'achievement', 'problem']), span: Span, quote: z.string() }).openapi('Item');
export type Item = z.infer<typeof Item>;

export const DocumentDetail = z
  .object({
    meta: DocumentMeta,
    text: z.string(),
    sections: z.array(Section),
    facts: z.array(Fact),
    commitments: z.array(Commitment),
    projects: z.array(Project),
    items: z.array(Item),
  })
  .openapi('DocumentDetail');
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const Task = Commitment.extend({ path: z.string().openapi({ description: 'the section path (› between levels)' }) }).openapi('Task');
export type Task = z.infer<typeof Task>;
export const TasksResult = z.object({ document: DocumentMeta, sections: z.array(Section), commitments: z.array(Task) }).openapi('TasksResult');
export type TasksResult = z.infer<typeof TasksResult>;

/**
 * A new text beside a stored report of its region, level and year (store/same-report.ts): the same report again
 * (kind same: one kept, the stored one unless replace was asked) or another report (kind conflict: both kept, the
 * tables use the later-ingested).
 */
export const SameReport = z
  .object({
    label: z.string().openapi({ description: 'the input (file, or file#row)' }),
    kind: z.enum(['same', 'conflict']),
    kept: z.enum(['stored', 'new', 'both']),
    id: z.string().openapi({ description: 'the new text’s document id (not stored when kept is stored)' }),
    other: z.object({ id: z.string(), source_path: z.string() }).openapi({ description: 'the stored report it was compared with' }),
    region: str,
    level: str,
    year: z.number(),
    similarity: z.number().openapi({ description: 'Jaccard index of the two texts’ character 5-grams (0..1; the same report at 0.8 or above)' }),
  })
  .openapi('SameReport');
export type SameReport = z.infer<typeof SameReport>;

export const UploadResult = z
  .object({
    file: z.string(),
    added: z.number(),
    unchanged: z.number(),
    failed: z.number(),
    errors: z.array(z.string()),
    documents: z.array(z.object({ id: z.string(), region: str, year: num, title: str })),
    same_reports: z.array(SameReport).openapi({ description: 'texts of the upload beside a stored report of their region-year' }),
  })
  .openapi('UploadResult');

/** Reports of one region, level and year that are not the same text: a draft and the final, a mis-filed source. */
export const Conflict = z
  .object({
    region: str,
    region_code: str,
    level: str,
    year: z.number(),
    reports: z.array(
      z.object({
        id: z.string(),
        title: str,
        source_path: z.string(),
        chars: z.number(),
        ingested_at: z.string(),
        used: z.boolean().openapi({ description: 'the report the tables use (the later-ingested)' }),
        similarity: num.openapi({ description: 'to the report used (character 5-gram Jaccard); null for that one' }),
      }),
    ),
  })
  .openapi('Conflict');
export type Conflict = z.infer<typeof Conflict>;
export const ConflictList = z.object({ conflicts: z.array(Conflict) }).openapi('ConflictList');
export type ConflictList = z.infer<typeof ConflictList>;
export type UploadResult = z.infer<typeof UploadResult>;

export const DocumentsQuery = RegionQuery.merge(FormatQuery).extend({
  year: yearRange,
  q: z.string().max(100).optional().openapi({ description: 'a substring of the title, region or source' }),
  limit: whole(1, 500).default(50),
  offset: whole(0, Number.MAX_SAFE_INTEGER).default(0),
});

export const RegionsQuery = RegionQuery.pick({ level: true, within: true });

export const TasksQuery = FormatQuery.extend({
  section: whole(0, 1_000_000).optional().openapi({ description: 'only commitments under this section (its ord)' }),
  action: list('normalised actions (开工, 建成, 新增 …)'),
  quantified: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const UploadQuery = z.object({
  name: z.string().min(1).max(255).optional().openapi({ description: 'the file name (else the X-Filename header)' }),
  replace: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .openapi({ description: 'a text that is the same report as a stored one of its region-year replaces it (else the stored one stays)' }),
});
