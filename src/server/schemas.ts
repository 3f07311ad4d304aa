// The HTTP API's parameters and bodies as zod schemas: they validate requests and generate the OpenAPI document.
// Query values arrive as strings; the schemas parse them into the same filter objects the CLI builds.
import { z } from '@hono/zod-openapi';

const list = (desc: string) =>
  z
    .string()
    .optional()
    .openapi({ description: `${desc}, comma-separated` })
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined));

const year = z.coerce.number().int().min(1949).max(2100);
const yearRange = z
  .string()
  .regex(/^\d{4}(?:-\d{4})?$/, 'a year (2024) or a range (2010-2024)')
  .optional()
  .openapi({ description: 'a year (2024) or a range (2010-2024)', example: '2024' });

export const LEVELS = ['national', 'province', 'city', 'county'] as const;
export const KINDS = ['target', 'actual'] as const;
export const MEASURES = ['growth', 'level', 'rank', 'avg_growth', 'share', 'change'] as const;
export const FORMATS = ['json', 'csv', 'xlsx'] as const;

/** Region filters shared by every query (the CLI's --region --level --within). */
export const RegionQuery = z.object({
  region: list('region names or GB/T 2260 codes (钦州市, 450700)').openapi({ example: '钦州市' }),
  level: z.enum(LEVELS).optional(),
  within: z.string().max(40).optional().openapi({ description: 'only regions inside this one', example: '广西壮族自治区' }),
});

export const FormatQuery = z.object({ format: z.enum(FORMATS).default('json') });

export const DocumentsQuery = RegionQuery.extend({
  year: yearRange,
  q: z.string().max(100).optional().openapi({ description: 'a substring of the title, region or source' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const RegionsQuery = z.object({
  level: z.enum(LEVELS).optional(),
  within: z.string().max(40).optional().openapi({ description: 'only regions inside this one', example: '广西壮族自治区' }),
});

export const IdParam = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, 'a document id (16 hex digits)').openapi({ param: { name: 'id', in: 'path' } }) });
export const RowIdParam = z.object({
  id: z.string().regex(/^[0-9a-f]{16}:\d+$/, 'a row id (document:ord)').openapi({ param: { name: 'id', in: 'path' }, example: '8f1c2a3b4d5e6f70:12' }),
});

export const TasksQuery = FormatQuery.extend({
  section: z.coerce.number().int().min(0).optional().openapi({ description: 'only commitments under this section (its ord)' }),
  action: list('normalised actions (开工, 建成, 新增 …)'),
  quantified: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const CompareQuery = RegionQuery.merge(FormatQuery).extend({
  indicator: list('indicator ids or names (gdp, 地区生产总值)'),
  kind: z.enum(KINDS).default('target'),
  year,
  measure: z.enum(MEASURES).optional(),
  all: z.enum(['true', 'false']).optional().openapi({ description: 'not only headline facts' }),
});

export const PanelQuery = RegionQuery.merge(FormatQuery).extend({
  indicator: list('indicator ids or names'),
  kind: list('target, actual'),
  measure: list('measures'),
  year: yearRange.openapi({ description: 'the years the figures are about' }),
  report_year: yearRange,
  headline: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional().openapi({ description: 'rows (default: 1,000 as JSON, 100,000 as a csv or xlsx download)' }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'rows to skip; X-Next-Offset gives the next page' }),
});

export const TrackQuery = RegionQuery.merge(FormatQuery).extend({
  indicator: z.string().max(40).default('gdp'),
  measure: z.enum(MEASURES).optional(),
  year: yearRange.openapi({ description: 'one year with level/within ranks the regions; a range limits a series' }),
  tolerance: z.coerce.number().min(0).max(10).optional(),
});

export const FollowUpQuery = RegionQuery.merge(FormatQuery).extend({
  year,
  top: z.coerce.number().int().min(1).max(10).default(3),
  limit: z.coerce.number().int().min(1).max(2000).optional(),
});

export const SearchQuery = RegionQuery.merge(FormatQuery).extend({
  q: z.string().min(1).max(200).openapi({ description: 'words to find (all in one paragraph); any characters are data', example: '平陆运河' }),
  year: yearRange,
  part: list('parts: review, targets, plan, five_year_review, five_year_plan, self_building'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

export const TermsQuery = RegionQuery.merge(FormatQuery).extend({
  words: list('words to count').openapi({ example: '生态,环保' }),
  year: yearRange,
  exact: z.enum(['true', 'false']).optional(),
});

export const YoyQuery = z.object({
  region: z.string().min(1).max(40).openapi({ example: '中华人民共和国' }),
  year: year.openapi({ description: 'the later report’s year', example: 2024 }),
  words: z.coerce.number().int().min(1).max(100).default(15),
});

export const CorrectionsQuery = z.object({
  document: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  target: z.enum(['fact', 'commitment']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

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

export const CommitmentReviewBody = z
  .object({
    action: z.enum(['confirm', 'edit', 'reject']),
    edit: z.object({ action: z.string().max(20).nullable().optional(), object: z.string().max(200).nullable().optional(), deadline: z.string().max(40).nullable().optional() }).strict().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('CommitmentReview');

export const UploadQuery = z.object({ name: z.string().min(1).max(255).optional().openapi({ description: 'the file name (else the X-Filename header)' }) });

export const ErrorBody = z.object({ error: z.string() }).openapi('Error');
export const AnyBody = z.record(z.string(), z.unknown()).openapi('Result');

/** "2024" -> 2024..2024, "2010-2024" -> 2010..2024. */
export function years(v: string | undefined): { from?: number; to?: number } {
  if (!v) return {};
  const [a, b] = v.split('-').map(Number);
  return { from: Math.min(a, b ?? a), to: Math.max(a, b ?? a) };
}
