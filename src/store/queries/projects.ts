// Projects across years for one region, beneath both shells (`workreport projects --region R`, GET /api/projects):
// the region's reports, one a year, their stored projects with each mention's sentence, then the pure matching
// and timelines (src/analysis/project-timeline.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { docConditions } from './filters.js';
import { readTexts } from '../texts.js';
import { projectsScreen, projectsTable, projectTimelines, sentenceAround, type ProjectInput } from '../../analysis/project-timeline.js';
import { QueryError } from '../../model/errors.js';
import type { ProjectsResult, Span } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';

export interface ProjectsAsk {
  /** One region: a name or a code. */
  region: string;
  yearFrom?: number;
  yearTo?: number;
  /** Only projects seen in at least this many report years (default 2). */
  minYears?: number;
}

type Doc = { id: string; region: string | null; region_code: string | null; year: number };

/** The region's work reports, one a year (the report the tables use), earliest first. */
async function regionReports(db: Kysely<Database>, q: ProjectsAsk): Promise<Doc[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'region', 'region_code', 'year'])
    .where((eb) => docConditions(eb as any, { regions: [q.region], yearFrom: q.yearFrom, yearTo: q.yearTo, oneReportPerRegionYear: true }))
    .where('year', 'is not', null)
    .orderBy('year')
    .orderBy('id')
    .execute();
  const codes = new Set(rows.map((r) => r.region_code ?? r.region));
  if (codes.size > 1) throw new QueryError(`${q.region} names ${codes.size} regions (${[...codes].join(', ')}): give one by its code`, 'region');
  const byYear = new Map<number, Doc>();
  for (const r of rows as Doc[]) if (!byYear.has(r.year)) byYear.set(r.year, r);
  return [...byYear.values()];
}

/** The reports' projects, each mention with its sentence. */
async function projectInputs(db: Kysely<Database>, docs: Doc[]): Promise<ProjectInput[]> {
  if (docs.length === 0) return [];
  const ids = docs.map((d) => d.id);
  const year = new Map(docs.map((d) => [d.id, d.year]));
  const [projects, text] = await Promise.all([
    db.selectFrom('projects').select(['document_id', 'ord', 'name', 'mentions']).where('document_id', 'in', ids).orderBy('document_id').orderBy('ord').execute(),
    readTexts(db, ids),
  ]);
  return projects.map((p) => ({
    project_id: `${p.document_id}:${p.ord}`,
    document_id: p.document_id,
    year: year.get(p.document_id)!,
    name: p.name,
    mentions: (JSON.parse(p.mentions) as Array<[number, number, string, string | null]>).map(([s, e, kind, stage]) => {
      const span: Span = [s, e];
      return { span, kind, stage, ...sentenceAround(text.get(p.document_id) ?? '', span) };
    }),
  }));
}

/** The region's projects as timelines across its reports, in every form both shells give them. */
export async function projectsAnswer(db: Kysely<Database>, q: ProjectsAsk): Promise<Answer<ProjectsResult>> {
  const docs = await regionReports(db, q);
  const { timelines, generic } = projectTimelines(await projectInputs(db, docs), q.minYears ?? 2);
  const note =
    docs.length === 0
      ? `${q.region}: no reports in the library`
      : docs.length === 1
        ? `${q.region}: one report (${docs[0].year}) in the library: nothing to follow across years`
        : timelines.length === 0
          ? `${q.region}: no named project in more than one of its ${docs.length} reports`
          : null;
  const json: ProjectsResult = {
    region: docs[0]?.region ?? null,
    documents: docs.map((d) => ({ id: d.id, year: d.year })),
    timelines,
    generic,
    note,
  };
  const screen = projectsScreen(timelines);
  screen.notes = [
    ...(note ? [note] : []),
    `${timelines.length} projects across ${docs.length} reports (${docs.map((d) => d.year).join(', ') || 'none'}); ${generic} names of a kind of project left out`,
    'status: completed = 建成/投产 in a review; started = 开工 in a review, 在建, or completion planned; planned = 谋划/前期, or 开工 in a plan',
  ];
  return { name: 'projects', sheet: '跨年项目', table: projectsTable(timelines), screen, json };
}
