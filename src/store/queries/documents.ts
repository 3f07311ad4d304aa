// The library's reports as the reader sees them: a filtered list, and one report whole (text, parts, facts,
// commitments, projects, pledges) with every span into its text. Shared by the HTTP API and the CLI.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import { docConditions, type DocFilter } from './filters.js';
import { getDocument } from '../repo.js';
import type { DocumentDetail, DocumentList, RegionSummary } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';
import * as documentRow from '../tables/documents.js';
import * as sectionRow from '../tables/sections.js';
import * as factRow from '../tables/facts.js';
import * as commitmentRow from '../tables/commitments.js';
import * as projectRow from '../tables/projects.js';
import * as itemRow from '../tables/items.js';

export interface DocumentListQuery extends DocFilter {
  /** A substring of the title, region or source path. */
  q?: string;
  limit?: number;
  offset?: number;
}

export async function listDocuments(db: Kysely<Database>, f: DocumentListQuery): Promise<DocumentList> {
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

/** One report whole. Every span is [start, end) into `text`. Null when there is no such document. */
export async function documentDetail(db: Kysely<Database>, id: string): Promise<DocumentDetail | null> {
  const doc = await getDocument(db, id);
  if (!doc) return null;
  const { text, ...row } = doc;
  const sections = await db.selectFrom('sections').selectAll().where('document_id', '=', id).orderBy('ord').execute();
  const facts = await db.selectFrom('facts').selectAll().where('document_id', '=', id).orderBy('ord').execute();
  const commitments = await db.selectFrom('commitments').selectAll().where('document_id', '=', id).orderBy('ord').execute();
  const projects = await db.selectFrom('projects').selectAll().where('document_id', '=', id).orderBy('ord').execute();
  const items = await db.selectFrom('items').selectAll().where('document_id', '=', id).orderBy('kind').orderBy('ord').execute();
  return {
    meta: documentRow.fromRow(row),
    text,
    sections: sections.map(sectionRow.fromRow),
    facts: facts.map(factRow.fromRow),
    commitments: commitments.map((c) => commitmentRow.fromRow(c, text)),
    projects: projects.map(projectRow.fromRow),
    items: items.map((i) => itemRow.fromRow(i, text)),
  };
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

const DOCUMENT_COLUMNS = ['id', 'year', 'region', 'code', 'level', 'parent', 'title', 'date', 'format', 'source', 'chars', 'facts', 'commitments', 'ingested_at'];

/** A page of the library's reports. */
export async function documentsAnswer(db: Kysely<Database>, f: DocumentListQuery): Promise<Answer<DocumentList>> {
  const list = await listDocuments(db, f);
  const rows = list.documents.map((d) => [d.id, d.year, d.region, d.region_code, d.level, d.parent_region, d.title, d.date, d.format, d.source_path, d.chars, d.facts, d.commitments, d.ingested_at]);
  return { name: 'documents', table: { columns: DOCUMENT_COLUMNS, rows }, json: list };
}
