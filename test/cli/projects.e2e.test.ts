// Projects across years (issue 24, point 3) as a user meets them: `workreport projects --region R` and
// GET /api/projects over a library of real reports of one region in successive years, the national series
// (1954–2025) and 山东省 2019, 2022 and 2025 (test/fixtures/dev), with 钦州市's one report beside them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../src/store/db.js';
import { getText } from '../../src/store/repo.js';
import { createApp } from '../../src/server/app.js';
import type { ProjectsResult } from '../../src/model/api/index.js';
import { cli, NATIONAL, ROOT, SEEDS } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wr-projects-'));
const db = join(dir, 'lib.sqlite');
const DEV = join(ROOT, 'test/fixtures/dev/reports');
let lib: Library;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const shandong = ['2019', '2022', '2025'].map((y) => join(DEV, `山东省-${y}.md`));
  const r = cli(['ingest', NATIONAL, ...shandong, join(SEEDS, '000_b10a9149f3afa1bd.txt'), '--db', db, '--jobs', '0', '-q']);
  expect(r.code, r.stderr).toBe(0);
  lib = await openLibrary(db);
  app = createApp({ lib, cache: false });
}, 120_000);
afterAll(async () => {
  await lib?.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = (region: string, ...more: string[]): ProjectsResult => {
  const r = cli(['projects', '--db', db, '--region', region, '--format', 'json', ...more]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ProjectsResult;
};

describe('workreport projects', () => {
  it('the national series: 青藏铁路 from 在建 (2001) to 建成 (2008); 三峡 under its names; every quote a slice of its report', async () => {
    const table = cli(['projects', '--db', db, '--region', '中华人民共和国']);
    expect(table.code).toBe(0);
    const line = table.stdout.split('\n').find((l) => l.startsWith('青藏铁路'))!;
    // The terminal cuts a long timeline short; the JSON has it whole.
    expect(line).toMatch(/completed 建成 +\d+ +2001 在建 → /);
    expect(table.stdout).toMatch(/\d+ projects across \d+ reports/);

    const all = json('中华人民共和国');
    expect(all.timelines.length).toBeGreaterThanOrEqual(40);
    expect(all.timelines.every((t) => t.years.length >= 2)).toBe(true);
    const qinghai = all.timelines.find((t) => t.name === '青藏铁路')!;
    // (As extractor 5 reads the stages: 2001 在建, 2002 开工/在建, 2003 在建, 2005 在建, 2006 投产, 2008 建成.)
    expect(qinghai.years[0]).toMatchObject({ year: 2001, stages: ['在建'] });
    expect(qinghai.years.find((y) => y.year === 2008)?.stages).toContain('建成');
    expect(qinghai.status).toBe('completed');
    const sanxia = all.timelines.find((t) => t.key === '三峡' || t.family === '三峡' && t.phase === null)!;
    expect(sanxia.variants).toEqual(expect.arrayContaining(['长江三峡工程', '三峡工程']));
    expect(sanxia.status).toBe('completed');
    // A phase is another project of the family: 三峡 二期 apart from 三峡.
    expect(all.timelines.some((t) => t.family === '三峡' && t.phase === '二期')).toBe(true);
    // No category-level timeline: 高铁, 燃煤电厂, 寄宿制学校 are kinds of project.
    for (const kind of ['燃煤电厂', '寄宿制学校', '自贸试验区']) expect(all.timelines.map((t) => t.name)).not.toContain(kind);
    for (const t of all.timelines)
      for (const y of t.years) {
        const text = await getText(lib.db, y.document_id);
        for (const m of y.mentions) {
          expect(text.slice(m.quote_span[0], m.quote_span[1])).toBe(m.quote);
          expect(m.quote_span[0] <= m.span[0] && m.span[1] <= m.quote_span[1]).toBe(true);
        }
      }
  });

  it('a province over three reports: 裕龙岛炼化一体化 前期 (2019) → 在建 (2022) → 投产 (2025), completed', () => {
    const sd = json('山东省');
    expect(sd.documents.map((d) => d.year)).toEqual([2019, 2022, 2025]);
    const yulong = sd.timelines.find((t) => t.key.includes('裕龙岛炼化一体化'))!;
    expect(yulong.years.map((y) => [y.year, y.stages])).toEqual([
      [2019, ['前期']],
      [2022, ['在建']],
      [2025, ['投产']],
    ]);
    expect(yulong.status).toBe('completed');
    expect(yulong.variants).toContain('烟台裕龙岛炼化一体化项目');
    // --year narrows the reports; --min-years 1 keeps the projects of one report too.
    expect(json('山东省', '--year', '2022-2025').documents.map((d) => d.year)).toEqual([2022, 2025]);
    expect(json('山东省', '--min-years', '1').timelines.length).toBeGreaterThan(sd.timelines.length);
  });

  it('a region with one report: nothing to follow across years, said on stderr and in the JSON; an unknown region has none', () => {
    const one = cli(['projects', '--db', db, '--region', '钦州市', '--format', 'json']);
    expect(one.code).toBe(0);
    expect(one.stderr).toContain('钦州市: one report (2024) in the library: nothing to follow across years');
    expect((JSON.parse(one.stdout) as ProjectsResult).timelines).toEqual([]);
    expect(json('不存在市').note).toBe('不存在市: no reports in the library');
    const none = cli(['projects', '--db', db]);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe('error: --region: give one region (a name or a code)');
  });

  it('the API answers the same JSON and CSV', async () => {
    const r = await app.request(`/api/projects?region=${encodeURIComponent('山东省')}`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual(json('山东省'));
    const csv = await (await app.request(`/api/projects?region=${encodeURIComponent('山东省')}&format=csv`)).text();
    expect(csv.split('\r\n')[0].replace(/^\ufeff/, '')).toBe('project,family,phase,status,first_year,last_year,year,document_id,project_id,name,kind,stage,quote,quote_start,quote_end,name_start,name_end');
    const bad = await app.request('/api/projects?region=');
    expect(bad.status).toBe(400);
  });
});
