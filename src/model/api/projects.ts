// Projects across years: the named projects of one region's successive reports, each as a timeline (the stages
// each report states, with the sentence that states them) and a status derived from them (src/analysis/project-timeline.ts).
import { z } from '@hono/zod-openapi';
import { FormatQuery, Span, whole, yearRange } from './common.js';

const str = z.string().nullable();

export const PROJECT_STATUSES = ['completed', 'started', 'planned', 'mentioned'] as const;
export const ProjectStatus = z
  .enum(PROJECT_STATUSES)
  .openapi({ description: 'the furthest the reports take it: completed (建成/投产 in a review), started (开工 in a review, 在建, or completion planned), planned (谋划/前期, or 开工 in a plan), mentioned (no stage stated)' });
export type ProjectStatus = z.infer<typeof ProjectStatus>;

export const TimelineMention = z
  .object({
    project_id: z.string().openapi({ description: 'the report’s project (document:ord)' }),
    name: z.string().openapi({ description: 'the name as this report writes it' }),
    kind: z.string().openapi({ description: 'the part of the report: review, plan, five_year_review …' }),
    stage: str.openapi({ description: '谋划, 前期, 开工, 在建, 建成, 投产 or null' }),
    span: Span.openapi({ description: 'the name in the report text' }),
    quote: z.string().openapi({ description: 'the sentence that mentions it' }),
    quote_span: Span,
  })
  .openapi('TimelineMention');
export type TimelineMention = z.infer<typeof TimelineMention>;

export const TimelineYear = z
  .object({ year: z.number().int(), document_id: z.string(), stages: z.array(z.string()), mentions: z.array(TimelineMention) })
  .openapi('TimelineYear');
export type TimelineYear = z.infer<typeof TimelineYear>;

export const ProjectTimeline = z
  .object({
    name: z.string().openapi({ description: 'the name seen in most reports', example: '青藏铁路' }),
    key: z.string().openapi({ description: 'what names are matched by: no phase, no 项目/工程/建设, one separator between places' }),
    family: z.string().openapi({ description: 'the key its phases share (南水北调东线 for 一期 and 二期)' }),
    phase: str.openapi({ description: '一期, 二期, 首届, 扩建 … or null for the project as a whole' }),
    variants: z.array(z.string()).openapi({ description: 'the names the reports give it, first seen first' }),
    status: ProjectStatus,
    first_year: z.number().int(),
    last_year: z.number().int(),
    years: z.array(TimelineYear),
  })
  .openapi('ProjectTimeline');
export type ProjectTimeline = z.infer<typeof ProjectTimeline>;

export const ProjectsResult = z
  .object({
    region: str,
    documents: z.array(z.object({ id: z.string(), year: z.number().int() })).openapi({ description: 'the region’s reports, by year' }),
    timelines: z.array(ProjectTimeline),
    generic: z.number().int().openapi({ description: 'names left out as a kind of project (高铁, 寄宿制学校), not one' }),
    note: str,
  })
  .openapi('ProjectsResult');
export type ProjectsResult = z.infer<typeof ProjectsResult>;

export const ProjectsQuery = FormatQuery.extend({
  region: z.string().min(1).max(40).openapi({ description: 'one region: a name or a GB/T 2260 code', example: '中华人民共和国' }),
  year: yearRange,
  min_years: whole(1, 100).default(2).openapi({ description: 'only projects seen in at least this many report years (1: every project)' }),
});
