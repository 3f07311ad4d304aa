// Pieces every shape and parameter of the API uses: spans, the error body, the codes of levels, kinds and measures,
// and the query-string helpers (query values arrive as strings: lists comma-separated, years as 2024 or 2010-2024).
import { z } from '@hono/zod-openapi';

/** [start, end) in JavaScript string indices into the report's text. */
export const Span = z.tuple([z.number().int(), z.number().int()]).openapi('Span', { description: '[start, end) into the report text' });
export type Span = z.infer<typeof Span>;

/** A figure as written: value (null for a range or a qualitative statement), its low and high ends, unit, qualifier. */
export const figure = {
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable().openapi({ description: 'about, at_least, at_most, exact or range' }),
};

export const ErrorBody = z.object({ error: z.string() }).openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

export const LEVELS = ['national', 'province', 'city', 'county'] as const;
export const KINDS = ['target', 'actual'] as const;
export const MEASURES = ['growth', 'level', 'rank', 'avg_growth', 'share', 'change'] as const;
export const FORMATS = ['json', 'csv', 'xlsx'] as const;

/** A comma-separated list parameter, parsed into its items (undefined when empty). */
export const list = (desc: string) =>
  z
    .string()
    .optional()
    .openapi({ description: `${desc}, comma-separated` })
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined));

export const year = z.coerce.number<string | number>().int().min(1949).max(2100);
export const yearRange = z
  .string()
  .regex(/^\d{4}(?:-\d{4})?$/, 'a year (2024) or a range (2010-2024)')
  .optional()
  .openapi({ description: 'a year (2024) or a range (2010-2024)', example: '2024' });
export const whole = (min: number, max: number) => z.coerce.number<string | number>().int().min(min).max(max);
export const flag = z.enum(['true', 'false']);

/** Region filters shared by every query (the CLI's --region --level --within). */
export const RegionQuery = z.object({
  region: list('region names or GB/T 2260 codes (钦州市, 450700)').openapi({ example: '钦州市' }),
  level: z.enum(LEVELS).optional(),
  within: z.string().max(40).optional().openapi({ description: 'only regions inside this one', example: '广西壮族自治区' }),
});

export const FormatQuery = z.object({ format: z.enum(FORMATS).default('json').openapi({ description: 'json, or a csv or xlsx download' }) });

export const DocumentId = z.string().regex(/^[0-9a-f]{16}$/, 'a document id (16 hex digits)');
export const IdParam = z.object({ id: DocumentId.openapi({ param: { name: 'id', in: 'path' } }) });
export const RowIdParam = z.object({
  id: z.string().regex(/^[0-9a-f]{16}:\d+$/, 'a row id (document:ord)').openapi({ param: { name: 'id', in: 'path' }, example: '8f1c2a3b4d5e6f70:12' }),
});

export type Level = (typeof LEVELS)[number];
export type Kind = (typeof KINDS)[number];
export type Measure = (typeof MEASURES)[number];
export type Format = (typeof FORMATS)[number];
