// One report per region-year (issue 21). Ingest compares each new work report with those already stored for the
// same region, level and year (and with those before it in the batch): a text at SAME_REPORT similarity or above
// (analysis/similarity.ts) is the same report again — a re-upload, a copy with a line changed — and only one is
// kept, the stored one unless `replace` is asked (then the new text takes the old one's place, its rows with it,
// atomically). A text below it is another report of that region-year (a draft and the final, a mis-filed source):
// both are kept and the region-year is a conflict, which `info --conflicts` and the API list.
//
// The tables (panel, compare, track, year over year, terms) use one report of a conflict: the later-ingested one.
// The others carry its id in documents.superseded_by (migration 015) and their facts are left out. A --replace
// takes the place of the report it replaces (used or not), and reindex keeps the choice; when a reindex moves
// reports between region-years, markSuperseded settles each region-year again.
import type { Kysely } from 'kysely';
import type { Database, DocumentsTable } from './schema.js';
import type { SameReport } from '../model/api/index.js';
import type { PackedRows } from './rows.js';
import { packedRowsText, readTexts } from './texts.js';
import type { DocumentWriter, WriteOutcome } from './sqlite-writer.js';
import { mostSimilar, SAME_REPORT, shingles } from '../analysis/similarity.js';
export type { SameReport };

type Keyed = Pick<DocumentsTable, 'genre' | 'region' | 'region_code' | 'level' | 'year'>;

/** The region-year a work report belongs to, or null (a resolution, or no region or year). */
export function regionYearKey(d: Keyed): string | null {
  if (d.genre !== 'work_report' || d.year === null) return null;
  const where = d.region_code ?? (d.region === null ? null : `~${d.region}`);
  return where === null ? null : `${d.level ?? ''}|${where}|${d.year}`;
}

/** A report of a region-year that a new text is compared with: stored, or earlier in the same batch. */
interface Candidate {
  id: string;
  source_path: string;
  text: string;
  superseded_by: string | null;
  /** Index in the batch, for a text of this batch. */
  batch?: number;
}

/** The stored work reports of the batch's region-years, with their texts, by key. */
async function storedCandidates(db: Kysely<Database>, docs: Keyed[]): Promise<Map<string, Candidate[]>> {
  const out = new Map<string, Candidate[]>();
  const keyed = docs.filter((d) => regionYearKey(d) !== null);
  if (keyed.length === 0) return out;
  const years = [...new Set(keyed.map((d) => d.year!))];
  const codes = [...new Set(keyed.map((d) => d.region_code).filter((c): c is string => c !== null))];
  const names = [...new Set(keyed.filter((d) => d.region_code === null).map((d) => d.region!))];
  const wanted = new Set(keyed.map(regionYearKey));
  // The keys first (codes × years may match reports of other pairs), the texts of the region-years asked for only.
  const rows = (
    await db
      .selectFrom('documents')
      .select(['id', 'genre', 'region', 'region_code', 'level', 'year', 'source_path', 'superseded_by'])
      .where('genre', '=', 'work_report')
      .where('year', 'in', years)
      .where((eb) => eb.or([eb('region_code', 'in', ['', ...codes]), eb.and([eb('region_code', 'is', null), eb('region', 'in', ['', ...names])])]))
      .orderBy('id')
      .execute()
  ).filter((r) => wanted.has(regionYearKey(r)));
  if (rows.length === 0) return out;
  const texts = await readTexts(db, rows.map((r) => r.id));
  for (const r of rows) {
    const key = regionYearKey(r)!;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push({ id: r.id, source_path: r.source_path, text: texts.get(r.id) ?? '', superseded_by: r.superseded_by ?? null });
  }
  return out;
}

/** What to do with each text of a batch. */
type Plan = { add: true } | { replace: Candidate } | { same: true };

export interface BatchItem {
  rows: PackedRows;
  label: string;
}

/** Decides each text of a batch against the stored reports and the earlier texts of the batch (input order). */
function plan(items: BatchItem[], stored: Map<string, Candidate[]>, replace: boolean, said: SameReport[]): Plan[] {
  const plans: Plan[] = [];
  // A candidate's shingles, made once for all the texts of the batch compared with it.
  const memo = new WeakMap<Candidate, Uint32Array>();
  const shinglesOf = (c: Candidate): Uint32Array => {
    let s = memo.get(c);
    if (!s) memo.set(c, (s = shingles(c.text)));
    return s;
  };
  items.forEach(({ rows, label }, i) => {
    const d = rows.document;
    const key = regionYearKey(d);
    const candidates = key === null ? [] : (stored.get(key) ?? []);
    const others = candidates.filter((c) => c.id !== d.id);
    // The text unpacked only when there is one to compare it with (on SQLite the workers send it packed).
    let own: string | undefined;
    const text = () => (own ??= packedRowsText(rows));
    // The same text stored already (same id) is the writer's to find: 'unchanged'.
    const best = candidates.length === others.length && others.length ? mostSimilar(text(), others, shinglesOf) : null;
    const self: Candidate = { id: d.id, source_path: label, get text() { return text(); }, superseded_by: null, batch: i };
    if (key !== null && !stored.has(key)) stored.set(key, candidates);
    const tell = (kind: SameReport['kind'], kept: SameReport['kept'], c: Candidate, similarity: number) =>
      said.push({ label, kind, kept, id: d.id, other: { id: c.id, source_path: c.source_path }, region: d.region, level: d.level, year: d.year!, similarity });
    if (!best) {
      plans.push({ add: true });
      if (key !== null && candidates.length === others.length) candidates.push(self);
      return;
    }
    const c = best.candidate;
    if (best.similarity < SAME_REPORT) {
      tell('conflict', 'both', c, best.similarity);
      plans.push({ add: true });
      candidates.push(self);
    } else if (!replace) {
      tell('same', 'stored', c, best.similarity);
      plans.push({ same: true });
    } else {
      tell('same', 'new', c, best.similarity);
      // An earlier text of the batch gives way: this one takes what it would have done.
      plans.push(c.batch === undefined ? { replace: c } : plans[c.batch]);
      if (c.batch !== undefined) plans[c.batch] = { same: true };
      candidates.splice(candidates.indexOf(c), 1, { ...self, superseded_by: c.superseded_by });
    }
  });
  return plans;
}

/**
 * Writes a batch as `writer.addMany` does, each text first checked against its region-year: the same report again
 * is not written ('duplicate') or, with `replace`, replaces the stored one ('replaced'); what was found is pushed
 * onto `said`. Another report of a region-year becomes the one the tables use (the later-ingested).
 */
export async function writeChecked(
  db: Kysely<Database>,
  writer: DocumentWriter,
  items: BatchItem[],
  replace: boolean,
  said: SameReport[],
): Promise<Array<WriteOutcome | 'duplicate' | 'replaced' | 'merged'>> {
  const stored = await storedCandidates(db, items.map((x) => x.rows.document));
  const first = said.length;
  const plans = plan(items, stored, replace, said);
  const out: Array<WriteOutcome | 'duplicate' | 'replaced' | 'merged'> = plans.map(() => 'duplicate');
  const adds = items.map((x, i) => i).filter((i) => 'add' in plans[i]);
  const added = adds.length ? await writer.addMany(adds.map((i) => items[i].rows)) : [];
  adds.forEach((i, k) => (out[i] = added[k]));
  for (let i = 0; i < items.length; i++) {
    const p = plans[i];
    if (!('replace' in p)) continue;
    try {
      const rows = items[i].rows;
      rows.document.superseded_by = p.replace.superseded_by;
      out[i] = await writer.replace(p.replace.id, rows);
      // Reports that gave way to the old one give way to the new.
      await db.updateTable('documents').set({ superseded_by: rows.document.id }).where('superseded_by', '=', p.replace.id).execute();
    } catch (error) {
      out[i] = { error };
    }
  }
  // A conflict's new report is the one the tables use.
  for (const s of said.slice(first)) {
    const i = items.findIndex((x) => x.rows.document.id === s.id);
    if (s.kind === 'conflict' && out[i] === 'added') await useReport(db, items[i].rows.document);
  }
  return out;
}

/** Makes `d` the report its region-year's tables use: every other report of the region-year gives way to it. */
async function useReport(db: Kysely<Database>, d: Keyed & { id: string }): Promise<void> {
  let q = db.updateTable('documents').set({ superseded_by: d.id }).where('genre', '=', 'work_report').where('year', '=', d.year).where('id', '<>', d.id);
  q = d.level === null ? q.where('level', 'is', null) : q.where('level', '=', d.level);
  q = d.region_code !== null ? q.where('region_code', '=', d.region_code) : q.where('region_code', 'is', null).where('region', '=', d.region);
  await q.execute();
  await db.updateTable('documents').set({ superseded_by: null }).where('id', '=', d.id).execute();
}

/**
 * Settles every region-year again (after a reindex, which may move reports between region-years, and in migration
 * 015): a region-year of one report uses it; of several, the one not given way already if there is exactly one,
 * else the later-ingested of those not given way (of all, when none is), the greater id on a tie (one run). Returns
 * the number of reports changed.
 */
export async function markSuperseded(db: Kysely<any>): Promise<number> {
  const rows: Array<Keyed & { id: string; ingested_at: string; superseded_by: string | null }> = await db
    .selectFrom('documents')
    .select(['id', 'genre', 'region', 'region_code', 'level', 'year', 'ingested_at', 'superseded_by'])
    .execute();
  const groups = new Map<string, typeof rows>();
  const want = new Map<string, string | null>();
  for (const r of rows) {
    const key = regionYearKey(r);
    if (key === null) want.set(r.id, null);
    else groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const g of groups.values()) {
    const open = g.filter((r) => r.superseded_by === null);
    const pool = open.length ? open : g;
    const used = open.length === 1 ? open[0] : pool.reduce((a, b) => (b.ingested_at > a.ingested_at || (b.ingested_at === a.ingested_at && b.id > a.id) ? b : a));
    for (const r of g) want.set(r.id, r === used ? null : used.id);
  }
  let changed = 0;
  for (const r of rows) {
    const to = want.get(r.id) ?? null;
    if (to === r.superseded_by) continue;
    await db.updateTable('documents').set({ superseded_by: to }).where('id', '=', r.id).execute();
    changed++;
  }
  return changed;
}
