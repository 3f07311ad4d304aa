// The library's reports as the reader sees them: a filtered list, and one report whole (text, parts, facts,
// commitments, projects, pledges) with every span into its text. Shared by the HTTP API and the CLI.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import { docConditions, type DocFilter } from './filters.js';
import { commitmentTopic } from '../rows.js';

export interface DocumentListQuery extends DocFilter {
  /** A substring of the title, region or source path. */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  region: string | null;
  region_code: string | null;
  level: string | null;
  parent_region: string | null;
  year: number | null;
  date: string | null;
  format: string | null;
  source_path: string;
  chars: number;
  facts: number;
  commitments: number;
  ingested_at: string;
}

export async function listDocuments(db: Kysely<Database>, f: DocumentListQuery): Promise<{ total: number; documents: DocumentSummary[] }> {
  // q is a literal substring: its % _ and \ are escaped, which needs the ESCAPE clause (SQLite's LIKE has no
  // escape character without one; PostgreSQL's default is the same backslash).
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : null;
  let base = db.selectFrom('documents').where((eb) => docConditions(eb, f));
  if (like) {
    const contains = (column: 'documents.title' | 'documents.region' | 'documents.source_path') => sql<SqlBool>`${sql.ref(column)} like ${like} escape '\\'`;
    base = base.where((eb) => eb.or([contains('documents.title'), contains('documents.region'), contains('documents.source_path')]));
  }
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .select(['id', 'title', 'region', 'region_code', 'level', 'parent_region', 'year', 'date', 'format', 'source_path', 'chars', 'ingested_at'])
    .orderBy('year', 'desc')
    .orderBy('region_code')
    .orderBy('id')
    .limit(Math.min(f.limit ?? 50, 500))
    .offset(f.offset ?? 0)
    .execute();
  const ids = rows.map((r) => r.id);
  const count = async (table: 'facts' | 'commitments') =>
    ids.length === 0
      ? new Map<string, number>()
      : new Map(
          (
            await db
              .selectFrom(table)
              .select(['document_id', (eb) => eb.fn.countAll<number>().as('n')])
              .where('document_id', 'in', ids)
              .groupBy('document_id')
              .execute()
          ).map((r) => [r.document_id, Number(r.n)]),
        );
  const facts = await count('facts');
  const commitments = await count('commitments');
  return { total, documents: rows.map((r) => ({ ...r, facts: facts.get(r.id) ?? 0, commitments: commitments.get(r.id) ?? 0 })) };
}

export interface SectionOut {
  ord: number;
  parent_ord: number | null;
  kind: string;
  level: number;
  marker: string | null;
  title: string;
  span: [number, number];
}

/** One report whole. Every span is [start, end) into `text`. Null when there is no such document. */
export async function documentDetail(db: Kysely<Database>, id: string) {
  const doc = await db
    .selectFrom('documents')
    .innerJoin('document_texts', 'document_texts.document_id', 'documents.id')
    .selectAll('documents')
    .select('document_texts.text')
    .where('documents.id', '=', id)
    .executeTakeFirst();
  if (!doc) return null;
  const { text, hints: _h, ...meta } = doc;
  const sections: SectionOut[] = (
    await db.selectFrom('sections').select(['ord', 'parent_ord', 'kind', 'level', 'marker', 'title', 'span_start', 'span_end']).where('document_id', '=', id).orderBy('ord').execute()
  ).map((s) => ({ ord: s.ord, parent_ord: s.parent_ord, kind: s.kind, level: s.level, marker: s.marker, title: s.title, span: [s.span_start, s.span_end] }));
  const facts = (await db.selectFrom('facts').selectAll().where('document_id', '=', id).orderBy('ord').execute()).map((f) => ({
    id: `${id}:${f.ord}`,
    indicator: f.indicator,
    kind: f.kind,
    year: f.year,
    measure: f.measure,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    stretch: f.stretch === 1,
    headline: f.headline === 1,
    period: f.period,
    statement: f.statement,
    review: f.review,
    section_ord: f.section_ord,
    span: [f.span_start, f.span_end] as [number, number],
    quote: f.quote,
  }));
  const commitments = (await db.selectFrom('commitments').selectAll().where('document_id', '=', id).orderBy('ord').execute()).map((c) => ({
    id: `${id}:${c.ord}`,
    section_ord: c.section_ord,
    topic: commitmentTopic(c, text),
    part: c.part,
    action: c.action,
    verb: c.verb,
    object: c.object,
    quantities: JSON.parse(c.quantities) as Array<{ value: number | null; low: number; high: number; unit: string | null; qualifier: string; span: [number, number] }>,
    deadline: c.deadline,
    year: c.year,
    stretch: c.stretch === 1,
    projects: c.projects ? (JSON.parse(c.projects) as string[]) : [],
    review: c.review,
    span: [c.span_start, c.span_end] as [number, number],
    quote: text.slice(c.span_start, c.span_end),
  }));
  const projects = (await db.selectFrom('projects').selectAll().where('document_id', '=', id).orderBy('ord').execute()).map((p) => ({
    id: `${id}:${p.ord}`,
    name: p.name,
    stage: p.stage,
    mentions: (JSON.parse(p.mentions) as Array<[number, number, string, string | null]>).map(([s, e, kind, stage]) => ({ span: [s, e] as [number, number], kind, stage })),
    span: [p.span_start, p.span_end] as [number, number],
    ...(JSON.parse(p.payload) as Record<string, unknown>),
  }));
  const items = (await db.selectFrom('items').selectAll().where('document_id', '=', id).orderBy('kind').orderBy('ord').execute()).map((i) => ({
    kind: i.kind,
    span: [i.span_start, i.span_end] as [number, number],
    quote: text.slice(i.span_start, i.span_end),
    ...(JSON.parse(i.payload) as Record<string, unknown>),
  }));
  return { meta, text, sections, facts, commitments, projects, items };
}

/** The section path of an offset: titles from the top part down (for a reader's table of contents). */
export function sectionPathAt(sections: SectionOut[], offset: number): SectionOut[] {
  return sections.filter((s) => s.span[0] <= offset && offset < s.span[1]).sort((a, b) => a.level - b.level);
}

export interface RegionSummary {
  region: string | null;
  code: string | null;
  level: string | null;
  parent: string | null;
  /** Report years present, oldest first. */
  years: number[];
  documents: number;
}

/**
 * The regions of the library's work reports (by level and containing region): what a page offers to choose
 * from in its region, year and year-over-year pickers. Ordered by level, then code.
 */
export async function listRegions(db: Kysely<Database>, f: DocFilter = {}): Promise<RegionSummary[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['region', 'region_code', 'level', 'parent_region', 'year', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => docConditions(eb, f))
    .groupBy(['region', 'region_code', 'level', 'parent_region', 'year'])
    .execute();
  const byRegion = new Map<string, RegionSummary>();
  for (const r of rows) {
    const key = r.region_code ?? r.region ?? '';
    let s = byRegion.get(key);
    if (!s) byRegion.set(key, (s = { region: r.region, code: r.region_code, level: r.level, parent: r.parent_region, years: [], documents: 0 }));
    if (r.year !== null && !s.years.includes(r.year)) s.years.push(r.year);
    s.documents += Number(r.n);
  }
  const LEVEL = ['national', 'province', 'city', 'county'];
  const rank = (l: string | null) => (l === null ? 9 : LEVEL.indexOf(l) < 0 ? 8 : LEVEL.indexOf(l));
  return [...byRegion.values()]
    .map((s) => ({ ...s, years: s.years.sort((a, b) => a - b) }))
    .sort((a, b) => rank(a.level) - rank(b.level) || (a.code ?? '').localeCompare(b.code ?? '') || (a.region ?? '').localeCompare(b.region ?? ''));
}
