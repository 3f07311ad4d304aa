// Migration 012: each fact carries its report's genre, level, region, region code and year, the panel page's filter
// and order. A library of schema 011 gets them from its reports; a written report gives them to its facts; and the
// panel's page (read from the facts alone) is the panel's rows in the same order. On both backends.
import { afterAll, expect, it } from 'vitest';
import { Migrator, sql, type MigrationProvider } from 'kysely';
import { openLibrary } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { addDocument } from '../../src/store/repo.js';
import { reportToRows, sha256Hex } from '../../src/store/rows.js';
import { selectFactPage, selectFacts } from '../../src/store/queries/facts.js';
import { dropLibraries, newLibrary } from '../support/backend.js';
import { handReport, tmpDir } from '../store/helpers.js';

const t = tmpDir('wr-m012-');
afterAll(async () => {
  await dropLibraries();
  t.cleanup();
});
const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };
const REPORT_COLUMNS = ['report_genre', 'report_level', 'report_region', 'report_region_code', 'report_year'] as const;

/** Facts whose report columns differ from their report's. */
const mismatches = async (lib: Awaited<ReturnType<typeof openLibrary>>) =>
  (
    await sql<{ n: number }>`SELECT count(*) AS n FROM facts f JOIN documents d ON d.id = f.document_id
      WHERE f.report_genre <> d.genre OR f.report_level IS DISTINCT FROM d.level OR f.report_region IS DISTINCT FROM d.region
        OR f.report_region_code IS DISTINCT FROM d.region_code OR f.report_year IS DISTINCT FROM d.year`.execute(lib.db)
  ).rows[0].n;

it('012 gives a schema-011 library\'s facts their reports\' columns; new reports\' facts carry them; the page reads them', async () => {
  const path = newLibrary(t.dir, 'm012');
  const old = await openLibrary(path, { migrate: false });
  expect((await new Migrator({ db: old.db, provider }).migrateTo('011_documents_keys')).error).toBeUndefined();
  const reports = [handReport('钦州市', 2024), handReport('北海市', 2023), handReport('灵山县', 2024)];
  for (const [i, r] of reports.entries()) {
    const rows = reportToRows(r, { sha256: sha256Hex(`old ${i}`), sourcePath: `/in/${i}.txt`, format: 'txt' }, 'v1', '2026-01-01T00:00:00Z');
    // Schema 011's rows: no report columns on the facts, and no text (its table is partitioned on PostgreSQL).
    await old.db.insertInto('documents').values(rows.document).execute();
    const facts = rows.facts.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !(REPORT_COLUMNS as readonly string[]).includes(k))));
    await old.db.insertInto('facts').values(facts as any).execute();
  }
  await old.close();

  const lib = await openLibrary(path);
  try {
    const migrated = await lib.db.selectFrom('facts').select(['document_id', ...REPORT_COLUMNS]).execute();
    expect(migrated).toHaveLength(6);
    expect(new Set(migrated.map((f) => `${f.report_region}|${f.report_region_code}|${f.report_year}|${f.report_level}|${f.report_genre}`))).toEqual(
      new Set(['钦州市|450700|2024|city|work_report', '北海市|450700|2023|city|work_report', '灵山县|450700|2024|city|work_report']),
    );
    expect(await mismatches(lib)).toBe(0);

    // A report written now: its facts carry its columns from the writer.
    const county = handReport('灵山县', 2025);
    county.meta = { ...county.meta, regionCode: '450721', level: 'county' };
    expect(await addDocument(lib.db, reportToRows(county, { sha256: sha256Hex('new'), sourcePath: '/in/new.txt', format: 'txt' }, 'v2', '2026-01-02T00:00:00Z'))).toBe('added');
    expect(await mismatches(lib)).toBe(0);
    expect(await lib.db.selectFrom('facts').select('report_level').where('report_region_code', '=', '450721').execute()).toEqual([
      { report_level: 'county' },
      { report_level: 'county' },
    ]);

    // The page, read from the facts' columns, is the panel's rows read with the reports', in the same order.
    for (const f of [{ indicators: ['gdp'] }, { level: 'county' }, { within: '钦州市' }, { indicators: ['gdp'], kinds: ['target'], yearFrom: 2024 }]) {
      const all = await selectFacts(lib.db, f);
      const key = (r: { document_id: string; ord: number }) => `${r.document_id}:${r.ord}`;
      for (const limit of [1, 3, 100]) {
        const page = await selectFactPage(lib.db, f, { limit, offset: 1 });
        expect(page.rows.map(key)).toEqual(all.slice(1, 1 + limit).map(key));
        expect(page.more).toBe(all.length > 1 + limit);
      }
    }
  } finally {
    await lib.close();
  }
});
