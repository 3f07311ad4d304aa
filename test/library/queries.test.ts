// compare, panel, track, search, terms end to end on a real SQLite library built from the seeds and the national
// corpus (in-process ingest), through the functions and the compiled CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { parseGold, type GoldFact } from '../../src/eval/gold.js';
import { runCompare } from '../../src/store/queries/compare.js';
import { runTrackRanking, runTrackSeries } from '../../src/store/queries/track.js';
import { runPanel, runPanelPage } from '../../src/store/queries/panel.js';
import { search, ensureSearchIndex } from '../../src/store/search.js';
import { byRelevance, occurrences, RELEVANCE_LIMIT } from '../../src/analysis/search.js';
import { runTerms } from '../../src/store/queries/terms.js';
import { runFollowUp } from '../../src/store/queries/followup.js';
import { cellText } from '../../src/analysis/compare.js';
import { PANEL_COLUMNS } from '../../src/analysis/panel.js';
import { count, dropLibraries, newLibrary, textOf } from '../support/backend.js';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/workreport.js');
const GOLD = join(ROOT, 'test/fixtures/gold');
const dir = mkdtempSync(join(tmpdir(), 'wr-queries-'));
const DB = newLibrary(dir);
let lib: Library;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--db', DB], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Minimal CSV reader (quoted fields, CRLF) for checking exports. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(f);
      f = '';
    } else if (c === '\n') {
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
    } else if (c !== '\r') f += c;
  }
  if (f || row.length) {
    row.push(f);
    rows.push(row);
  }
  return rows;
}

const goldText = (g: GoldFact) =>
  cellText({ value: g.qualifier === 'range' ? null : g.low, low: g.low, high: g.high, unit: g.unit, qualifier: g.qualifier === 'any' ? null : g.qualifier, statement: null, quote: '' });

beforeAll(async () => {
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // type errors elsewhere do not stop emission
  }
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('build failed');
  lib = await openLibrary(DB);
  const s = await ingest(lib, [join(ROOT, 'corpus/seeds'), join(ROOT, 'corpus/national/government_work_reports.jsonl')], { jobs: 0 });
  expect(s.failed).toBe(0);
}, 120_000);

afterAll(async () => {
  await lib?.close();
  await dropLibraries();
  rmSync(dir, { recursive: true, force: true });
});

describe('compare', () => {
  it('shows the five seeds’ headline targets as in the gold (--kind target --year 2024 --level city)', async () => {
    const result = await runCompare(lib.db, { kind: 'target', year: 2024, level: 'city' });
    const gold = parseGold(readFileSync(join(GOLD, 'seeds.targets.txt'), 'utf8'));
    expect(result.rows.map((r) => r.region).sort()).toEqual(gold.map((g) => g.region).sort());
    for (const g of gold) {
      const row = result.rows.find((r) => r.region === g.region)!;
      for (const f of g.facts) {
        const cell = row.cells[`${f.indicator}:${f.measure}`];
        expect(cell, `${g.region} ${f.indicator}`).toBeTruthy();
        expect([cell!.measure, cell!.low, cell!.high, cell!.unit], `${g.region} ${f.indicator}`).toEqual([f.measure, f.low, f.high, f.unit]);
        if (f.qualifier !== 'any') expect(cell!.qualifier, `${g.region} ${f.indicator}`).toBe(f.qualifier);
        expect(cell!.text).toBe(goldText(f));
      }
    }
  });

  it('CLI: table, csv (BOM) and json agree; issue style cells', () => {
    const t = cli(['compare', '--kind', 'target', '--year', '2024', '--level', 'city', '--indicator', 'gdp,cpi,surveyed_unemployment']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/region\s+code\s+gdp growth\s+cpi growth\s+surveyed_unemployment level/);
    expect(t.stdout).toMatch(/北海市\s+450500\s+≥5\.5\s+≤3\s+5\.5 左右/);
    expect(t.stdout).toMatch(/防城港市\s+450600\s+7 左右\s+3 左右\s+≤6/);
    const csv = cli(['compare', '--kind', 'target', '--year', '2024', '--region', '钦州市,北海市', '--indicator', 'gdp,cpi', '--format', 'csv']);
    expect(csv.stdout.startsWith('\ufeff')).toBe(true);
    // Each column beside its value in base units, so that a sheet sorts and charts.
    expect(parseCsv(csv.stdout.slice(1))).toEqual([
      ['region', 'code', 'gdp growth', 'gdp growth [%]', 'cpi growth', 'cpi growth [%]'],
      ['北海市', '450500', '≥5.5', '5.5', '≤3', '3'],
      ['钦州市', '450700', '6.5', '6.5', '3 左右', '3'],
    ]);
    const json = JSON.parse(cli(['compare', '--kind', 'target', '--year', '2024', '--within', '广西壮族自治区', '--indicator', 'gdp', '--format', 'json']).stdout);
    expect(json.rows).toHaveLength(5);
    expect(json.rows[0].cells['gdp:growth'].fact_id).toMatch(/^[0-9a-f]{16}:\d+$/);
  });

  it('results: --kind actual --year 2023 reads the 2024 reports’ reviews', async () => {
    const result = await runCompare(lib.db, { kind: 'actual', year: 2023, regions: ['中华人民共和国'], indicators: ['gdp'] });
    expect(result.rows[0].cells['gdp:growth']?.text).toBe('5.2');
  });

  it('never puts a growth rate and a level in one column; levels in 万亿元 and 亿元 line up in 元', async () => {
    const result = await runCompare(lib.db, { kind: 'actual', year: 2023, regions: ['中华人民共和国', '防城港市'], indicators: ['gdp'] });
    expect(result.columns.map((c) => c.key)).toEqual(['gdp:growth', 'gdp:level', 'gdp:rank']);
    for (const c of result.columns) for (const r of result.rows) if (r.cells[c.key]) expect(r.cells[c.key]!.measure).toBe(c.measure);
    const level = result.columns.find((c) => c.key === 'gdp:level')!;
    expect(level.unit).toBe('元');
    const byRegion = Object.fromEntries(result.rows.map((r) => [r.region, r.cells['gdp:level']]));
    expect(byRegion['防城港市']).toMatchObject({ value: 1035.61, unit: '亿元', base_value: 103561000000, base_unit: '元' });
    expect(byRegion['中华人民共和国']!.unit).toBe('万亿元');
    expect(byRegion['中华人民共和国']!.base_value).toBeGreaterThan(1e14);
  });
});

describe('track', () => {
  const targets = parseGold(readFileSync(join(GOLD, 'national.targets.txt'), 'utf8'));
  const actuals = parseGold(readFileSync(join(GOLD, 'national.actuals.txt'), 'utf8'));
  const years = targets.map((t) => Number(t.key)).filter((y) => actuals.some((a) => Number(a.key) === y + 1));

  it('reproduces the 15 gold years (target of report Y, result of report Y+1) with verdicts', async () => {
    expect(years).toHaveLength(15);
    const rows = await runTrackSeries(lib.db, { regions: ['中华人民共和国'], indicator: 'gdp' });
    for (const y of years) {
      const row = rows.find((r) => r.year === y);
      const t = targets.find((g) => Number(g.key) === y)!.facts[0];
      const a = actuals.find((g) => Number(g.key) === y + 1)!.facts[0];
      expect(row, String(y)).toBeTruthy();
      expect(row!.target, `target ${y}`).toBe(goldText(t));
      expect(row!.result, `result ${y}`).toBe(a.low);
      expect(row!.verdict, `verdict ${y}`).toBe(y === 2022 ? 'missed' : 'met');
    }
    const r2022 = rows.find((r) => r.year === 2022)!;
    expect(r2022.gap).toBeCloseTo(-2.5);
    expect(rows.find((r) => r.year === 2020)?.verdict).toBe('no target');
    expect(rows.find((r) => r.year === 2025)?.verdict).toBe('no result');
  });

  it('CLI: --format csv gives the same table as json and the terminal table', () => {
    const json = JSON.parse(cli(['track', '--region', '中华人民共和国', '--indicator', 'gdp', '--format', 'json']).stdout).rows;
    const csv = parseCsv(cli(['track', '--region', '中华人民共和国', '--indicator', 'gdp', '--format', 'csv']).stdout.slice(1));
    const header = csv[0];
    expect(header.slice(0, 9)).toEqual(['region', 'code', 'year', 'indicator', 'measure', 'target', 'result', 'gap', 'verdict']);
    expect(csv.length - 1).toBe(json.length);
    for (const [i, row] of csv.slice(1).entries()) {
      const j = json[i];
      expect(row[header.indexOf('year')]).toBe(String(j.year));
      expect(row[header.indexOf('target')]).toBe(j.target ?? '');
      expect(row[header.indexOf('result')]).toBe(j.result === null ? '' : String(j.result));
      expect(row[header.indexOf('verdict')]).toBe(j.verdict);
    }
    const table = cli(['track', '--region', '中华人民共和国', '--indicator', 'gdp']).stdout;
    expect(table).toMatch(/2022\s+gdp\s+growth\s+5\.5 左右\s+3\s+-2\.5\s+missed/);
    expect(table).toMatch(/2016\s+gdp\s+growth\s+6\.5–7\s+6\.7\s+0\.2\s+met/);
  });

  it('ranks a level for one year (the seeds: 2023 results, no 2023 reports → no target)', async () => {
    const rows = await runTrackRanking(lib.db, { level: 'city', indicator: 'gdp', year: 2023 });
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.verdict === 'no target' && r.result !== null)).toBe(true);
    const out = cli(['track', '--level', 'city', '--indicator', 'gdp', '--year', '2023']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('钦州市');
  });

  it('commitments: a clear note while the commitments table is empty', async () => {
    const n = await count(lib.db, 'commitments');
    const r = await runFollowUp(lib, { regions: ['钦州市'], year: 2024 });
    if (n === 0) {
      expect(r.note).toMatch(/no commitments/);
      expect(cli(['track', '--commitments', '--region', '钦州市', '--year', '2024']).stderr).toMatch(/no commitments/);
    } else expect(r.items.length).toBeGreaterThan(0);
  });
});

describe('panel', () => {
  it('one row per fact, documented columns, stable ids; csv/json/xlsx/parquet', async () => {
    const t = await runPanel(lib.db, { indicators: ['gdp'], kinds: ['target'], factYearFrom: 2010, factYearTo: 2024, headlineOnly: true });
    expect(t.columns).toEqual([...PANEL_COLUMNS]);
    const ids = t.rows.map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(t.rows.length).toBeGreaterThanOrEqual(14 + 5);
    const json = JSON.parse(cli(['panel', '--indicator', 'gdp', '--kind', 'target', '--year', '2010-2024', '--headline', '--format', 'json']).stdout);
    expect(json.map((r: any) => r.fact_id)).toEqual(ids);
    const q = json.find((r: any) => r.region === '钦州市');
    expect([q.code, q.level, q.parent, q.year, q.value, q.qualifier, q.headline]).toEqual(['450700', 'city', '广西壮族自治区', 2024, 6.5, 'exact', 1]);
    const doc = await textOf(lib.db, q.document_id);
    expect(doc.slice(q.span_start, q.span_end)).toBe(q.quote);
    const csv = parseCsv(cli(['panel', '--indicator', 'gdp', '--kind', 'target', '--year', '2010-2024', '--headline']).stdout.slice(1));
    expect(csv.length - 1).toBe(json.length);
    const out = join(dir, 'panel.xlsx');
    expect(cli(['panel', '--region', '钦州市', '--format', 'xlsx', '--out', out]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    // Parquet, read back: the same rows and values as the JSON, typed, missing values as nulls.
    const pq = join(dir, 'panel.parquet');
    expect(cli(['panel', '--indicator', 'gdp', '--kind', 'target', '--year', '2010-2024', '--headline', '--format', 'parquet', '-o', pq]).code).toBe(0);
    const { parquetReadObjects } = await import('hyparquet');
    const bytes = readFileSync(pq);
    const back = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    expect(back.map((r) => r.fact_id)).toEqual(ids);
    expect(back.find((r) => r.region === '钦州市')).toMatchObject({ value: 6.5, value_base: 6.5, unit_base: '%', period_start: 2024, period_end: 2024 });
  });

  it('pages in SQL: pages of any size put together are the whole panel, in its order', async () => {
    const f = { indicators: ['gdp', 'cpi'], factYearFrom: 2000, factYearTo: 2025 };
    const all = (await runPanel(lib.db, f)).rows;
    expect(all.length).toBeGreaterThan(40);
    for (const size of [1, 7, all.length, all.length + 5]) {
      const rows: unknown[][] = [];
      for (let offset = 0; ; offset += size) {
        const p = await runPanelPage(lib.db, f, { limit: size, offset });
        expect(p.table.columns).toEqual([...PANEL_COLUMNS]);
        expect(p.table.rows.length).toBeLessThanOrEqual(size);
        rows.push(...p.table.rows);
        if (!p.more) break;
      }
      expect(rows).toEqual(all);
    }
    // Past the end: nothing, and nothing more.
    expect(await runPanelPage(lib.db, f, { limit: 10, offset: all.length })).toEqual({ table: expect.objectContaining({ rows: [] }), more: false });
  });
});

describe('search', () => {
  it('finds 平陆运河 with region, year, part, section and marked snippets, best first', async () => {
    // SQLite builds its FTS5 index on first search, incrementally; PostgreSQL's trigram index is always current.
    const built = ensureSearchIndex(lib);
    expect(built.added).toBe(lib.backend === 'sqlite' ? 77 : 0);
    expect(ensureSearchIndex(lib).added).toBe(0); // incremental: nothing new
    const r = await search(lib, { query: '平陆运河', limit: 10 });
    expect(r.mode).toBe('fts');
    expect(r.hits.length).toBeGreaterThan(3);
    for (const h of r.hits) {
      expect(h.snippet).toContain('【平陆运河】');
      expect(h.html).toContain('<mark>平陆运河</mark>');
      expect(h.code?.startsWith('45')).toBe(true);
      expect(h.year).toBe(2024);
    }
    expect(r.hits[0].region).toBe('钦州市'); // the canal's own city mentions it most
    const doc = await textOf(lib.db, r.hits[0].document_id);
    expect(doc.slice(...r.hits[0].span)).toBe('平陆运河');
    const review = await search(lib, { query: '平陆运河', parts: ['review'], limit: 50 });
    expect(review.hits.every((h) => h.part === 'review')).toBe(true);
    expect((await search(lib, { query: '平陆运河', regions: ['北海市'] })).hits.every((h) => h.region === '北海市')).toBe(true);
  });

  it('short queries scan; national filters; CLI json uses <mark>', async () => {
    const r = await search(lib, { query: '运河', limit: 5 });
    expect(r.mode).toBe('scan');
    expect(r.hits.length).toBe(5);
    const n = await search(lib, { query: '国内生产总值', regions: ['中华人民共和国'], yearFrom: 2010, yearTo: 2015, limit: 100, perDocument: 1 });
    expect(new Set(n.hits.map((h) => h.year))).toEqual(new Set([2010, 2011, 2012, 2013, 2014, 2015]));
    const out = cli(['search', '平陆运河', '--format', 'json', '--limit', '2']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).hits[0].html).toContain('<mark>');
    expect(cli(['search', '平陆运河', '--limit', '2']).stdout).toContain('【平陆运河】');
  });
});

describe('search order (the same rule on both backends)', () => {
  it('few matches: by relevance; many (over RELEVANCE_LIMIT): newest first, then id', async () => {
    const few = await search(lib, { query: '平陆运河', limit: 100, perDocument: 1 });
    const docs = [...new Map(few.hits.map((h) => [h.document_id, h])).values()];
    expect(docs.length).toBeLessThanOrEqual(RELEVANCE_LIMIT);
    const texts = await Promise.all(docs.map((d) => textOf(lib.db, d.document_id)));
    const expected = byRelevance(docs.map((d, i) => ({ id: d.document_id, year: d.year, chars: texts[i].length, counts: [occurrences(texts[i], '平陆运河')] })));
    expect(docs.map((d) => d.document_id)).toEqual(expected.map((d) => d.id));

    const many = await search(lib, { query: '社会主义', limit: 200, perDocument: 1 });
    const ranks = [...new Map(many.hits.map((h) => [h.document_id, h])).values()];
    expect(ranks.length).toBeGreaterThan(RELEVANCE_LIMIT);
    for (let i = 1; i < ranks.length; i++) {
      const [a, b] = [ranks[i - 1], ranks[i]];
      expect((a.year ?? -1) > (b.year ?? -1) || ((a.year ?? -1) === (b.year ?? -1) && a.document_id < b.document_id)).toBe(true);
    }
  });

  it('a word only in another case is no match; a word in a report but never in one paragraph with the others gives no hit', async () => {
    expect((await search(lib, { query: 'gdp增长' })).hits.every((h) => h.snippet.includes('gdp增长'))).toBe(true);
    const r = await search(lib, { query: '平陆运河 国务院', limit: 50 });
    for (const h of r.hits) expect(h.snippet).toContain('【平陆运河】');
  });
});

describe('terms', () => {
  it('counts per report and per 10,000 characters; csv export', async () => {
    const rows = await runTerms(lib, { words: ['生态', '环保', '污染'], regions: ['钦州市'] });
    expect(rows).toHaveLength(1);
    const text = await textOf(lib.db, rows[0].document_id);
    const raw = (w: string) => text.split(w).length - 1;
    for (const w of ['生态', '环保', '污染']) {
      expect(rows[0].counts[w]).toBeGreaterThan(0);
      expect(rows[0].counts[w]).toBeLessThanOrEqual(raw(w));
      expect(rows[0].per10k[w]).toBeCloseTo((rows[0].counts[w] / text.length) * 10000, 2);
    }
    const exact = await runTerms(lib, { words: ['生态'], regions: ['钦州市'], exact: true });
    expect(exact[0].counts['生态']).toBeLessThanOrEqual(rows[0].counts['生态']);
    const dict = join(dir, 'words.txt');
    writeFileSync(dict, '# attention\n生态\n数字经济 100 n\n');
    const csv = parseCsv(cli(['terms', '--dict', dict, '--year', '2024', '--format', 'csv']).stdout.slice(1));
    expect(csv[0]).toEqual(['region', 'code', 'year', 'chars', '生态', '数字经济', '生态/万字', '数字经济/万字', 'document_id']);
    expect(csv).toHaveLength(1 + 6);
  });
});
