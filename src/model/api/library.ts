// The library as a whole: its health (counts, extractor) and the lexicon's indicators.
import { z } from '@hono/zod-openapi';
import { FormatQuery, MEASURES } from './common.js';

export const LibraryCounts = z
  .object({ documents: z.number(), facts: z.number(), sections: z.number(), commitments: z.number(), projects: z.number(), items: z.number() })
  .openapi('LibraryCounts');
export type LibraryCounts = z.infer<typeof LibraryCounts>;

export const Health = z.object({ ok: z.literal(true), extractor: z.string(), library: z.string(), counts: LibraryCounts }).openapi('Health');
export type Health = z.infer<typeof Health>;

export const IndicatorInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    core: z.boolean(),
    aliases: z.array(z.string()),
    needsValue: z.array(z.string()).openapi({ description: 'forms that name the indicator only before a figure (经济增长6%)' }),
    rate: z.boolean().openapi({ description: 'the indicator is itself a rate (城镇调查失业率): a bare percentage is its level' }),
    measures: z.record(z.enum(MEASURES), z.string()).openapi({ description: 'what each measure of it is called (a rate’s level is 比率, not 总量)' }),
  })
  .openapi('IndicatorInfo');
export type IndicatorInfo = z.infer<typeof IndicatorInfo>;
export const IndicatorList = z.object({ indicators: z.array(IndicatorInfo) }).openapi('IndicatorList');
export type IndicatorList = z.infer<typeof IndicatorList>;

export const IndicatorsQuery = FormatQuery.extend({ core: z.enum(['true', 'false']).optional().openapi({ description: 'only the core indicators' }) });
