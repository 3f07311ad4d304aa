// The library's reports as the reader sees them: a filtered list, and one report whole (text, parts, facts,
// commitments, projects, pledges) with every span into its text. Shared by the HTTP API and the CLI.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import { docConditions, type DocFilter } from './filters.js';
import { getDocument } from '../repo.js';
import { TEXT_COLUMNS, textOf } from '../texts.js';
import type { Conflict, ConflictList, DocumentDetail, DocumentList, RegionSummary } from '../../model/api/index.js';
import { regionYearKey } from '../same-report.js';
import { textSimilarity } from '../../analysis/similarity.js';
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
    .select(['id', 'title', 'region', 'region_code', 'level', 'parent_region', 'year', 'date', 'format', 'source_path', 'chars', 'ingested_at', 'superseded_by'])
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
  return { total, documents: rows.map((r) => ({ ...r, superseded_by: r.superseded_by ?? null, facts: facts.get(r.id) ?? 0, commitments: commitments.get(r.id) ?? 0 })) };
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

/**
 * Region-years holding more than one report (texts that are not the same report: a draft and the final, a mis-filed
 * source), each report with whether the tables use it (the later-ingested: store/same-report.ts) and its similarity
 * to that one. By level, region code and year.
 */
export async function listConflicts(db: Kysely<Database>): Promise<ConflictList> {
  // Every such region-year has a report that gave way, and the one it gave way to.
  const gaveWay = db.selectFrom('documents as g').select('g.superseded_by').where('g.superseded_by', 'is not', null);
  const rows = await db
    .selectFrom('documents')
    .innerJoin('document_texts', 'document_texts.document_id', 'documents.id')
    .select(['id', 'title', 'region', 'region_code', 'level', 'year', 'genre', 'source_path', 'chars', 'ingested_at', 'superseded_by', ...TEXT_COLUMNS])
    .where((eb) => eb.or([eb('superseded_by', 'is not', null), eb('id', 'in', gaveWay as any)]))
    .orderBy('ingested_at')
    .orderBy('id')
    .execute();
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = regionYearKey(r);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const conflicts: Conflict[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const used = g.find((r) => r.superseded_by === null) ?? null;
    const { region, region_code, level, year } = used ?? g[0];
    conflicts.push({
      region,
      region_code,
      level,
      year: year!,
      reports: g.map((r) => ({
        id: r.id,
        title: r.title,
        source_path: r.source_path,
        chars: r.chars,
        ingested_at: r.ingested_at,
        used: r === used,
        similarity: used && r !== used ? textSimilarity(textOf(r), textOf(used)) : null,
      })),
    });
  }
  const LEVEL = ['national', 'province', 'city', 'county'];
  return { conflicts: conflicts.sort((a, b) => LEVEL.indexOf(a.level ?? '') - LEVEL.indexOf(b.level ?? '') || (a.region_code ?? '').localeCompare(b.region_code ?? '') || a.year - b.year) };
}

const CONFLICT_COLUMNS = ['year', 'region', 'code', 'level', 'id', 'used', 'similarity', 'title', 'source', 'chars', 'ingested_at'];

/** The conflicts as a table: a row a report. */
export async function conflictsAnswer(db: Kysely<Database>): Promise<Answer<ConflictList>> {
  const list = await listConflicts(db);
  const rows = list.conflicts.flatMap((c) =>
    c.reports.map((r) => [c.year, c.region, c.region_code, c.level, r.id, r.used ? 'yes' : 'no', r.similarity === null ? null : Number(r.similarity.toFixed(3)), r.title, r.source_path, r.chars, r.ingested_at]),
  );
  return { name: 'conflicts', table: { columns: CONFLICT_COLUMNS, rows }, json: list };
}
