// Every table the CLI prints and the API serves is built once (src/store/queries): the CLI's CSV and the API's CSV
// of the same query are the same bytes, for every such table, on both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { createApp } from '../../src/server/app.js';
import { dropLibraries, newLibrary } from '../support/backend.js';
import { cliAsync, NATIONAL, SEEDS } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wr-tables-'));
const location = newLibrary(dir);
let lib: Library;
let app: ReturnType<typeof createApp>;
const QINZHOU = join(SEEDS, '000_b10a9149f3afa1bd.txt');
const NATION = encodeURIComponent('中华人民共和国');

beforeAll(async () => {
  lib = await openLibrary(location);
  await ingest(lib, [SEEDS, NATIONAL], { jobs: 0 });
  app = createApp({ lib, cache: false });
});
afterAll(async () => {
  await lib.close();
  await dropLibraries();
  rmSync(dir, { recursive: true, force: true });
});

const api = async (path: string) => {
  const r = await app.request(path);
  expect(r.status, path).toBe(200);
  expect(r.headers.get('content-type'), path).toContain('text/csv');
  // Bytes, not text(): a decoder drops the byte-order mark.
  return Buffer.from(await r.arrayBuffer());
};

describe('one table, two shells', () => {
  // [what, CLI arguments (after --db), API path]; each with --format csv / &format=csv.
  const same: Array<[string, string[], () => Promise<string>]> = [
    ['compare', ['compare', '--year', '2024', '--level', 'city', '--indicator', 'gdp,cpi,地区生产总值'], async () => `/api/compare?year=2024&level=city&indicator=gdp,cpi,${encodeURIComponent('地区生产总值')}`],
    ['compare, results of every indicator', ['compare', '--year', '2023', '--kind', 'actual', '--region', '中华人民共和国,钦州市'], async () => `/api/compare?year=2023&kind=actual&region=${NATION},${encodeURIComponent('钦州市')}`],
    ['panel', ['panel', '--indicator', 'gdp,cpi', '--year', '2000-2025', '--kind', 'target'], async () => '/api/panel?indicator=gdp,cpi&year=2000-2025&kind=target'],
    ['track series', ['track', '--region', '中华人民共和国', '--indicator', 'gdp'], async () => `/api/track?region=${NATION}&indicator=gdp`],
    ['track ranking', ['track', '--level', 'city', '--year', '2023', '--indicator', 'gdp'], async () => '/api/track?level=city&year=2023&indicator=gdp'],
    ['projects across years', ['projects', '--region', '中华人民共和国', '--year', '2000-2025'], async () => `/api/projects?region=${NATION}&year=2000-2025`],
    ['follow-up', ['track', '--commitments', '--region', '中华人民共和国', '--year', '2023', '--limit', '25', '--top', '2'], async () => `/api/track/commitments?region=${NATION}&year=2023&limit=25&top=2`],
    ['search', ['search', '平陆运河', '--limit', '30'], async () => `/api/search?q=${encodeURIComponent('平陆运河')}&limit=30`],
    ['terms', ['terms', '--words', '生态,环保', '--year', '2020-2024'], async () => `/api/terms?words=${encodeURIComponent('生态,环保')}&year=2020-2024`],
    ['indicators', ['indicators', '--all'], async () => '/api/indicators'],
    [
      'tasks',
      ['plan', QINZHOU],
      async () => {
        const doc = await lib.db.selectFrom('documents').select('id').where('region', '=', '钦州市').where('year', '=', 2024).executeTakeFirstOrThrow();
        return `/api/documents/${doc.id}/tasks`;
      },
    ],
  ];

  it.each(same.map(([what, args, path]) => [what, args, path] as const))('%s: the CLI’s CSV is the API’s, byte for byte', async (_what, args, path) => {
    const [command, ...rest] = args;
    const withDb = command === 'indicators' || command === 'plan' ? args : [command, '--db', location, ...rest];
    const [cli, web] = await Promise.all([cliAsync([...withDb, '--format', 'csv']), path().then((p) => api(`${p}${p.includes('?') ? '&' : '?'}format=csv`))]);
    expect(cli.stderr).not.toMatch(/error/);
    expect(cli.code).toBe(0);
    // A table with rows: the comparison means something.
    expect(web.toString('utf8').split('\r\n').length).toBeGreaterThan(2);
    expect(Buffer.from(cli.stdout, 'utf8').equals(web), `${cli.stdout.slice(0, 300)}\n≠\n${web.toString('utf8').slice(0, 300)}`).toBe(true);
  });

  it('ledger: the CLI’s CSV is the API’s, byte for byte, with the next report’s statuses; a file gives the stored report’s rows', async () => {
    const nation = (year: number) => lib.db.selectFrom('documents').select('id').where('region', '=', '中华人民共和国').where('year', '=', year).where('genre', '=', 'work_report').executeTakeFirstOrThrow();
    const doc = (await nation(2023)).id;
    const [cli, web] = await Promise.all([cliAsync(['plan', '--ledger', '--doc', doc, '--db', location, '--format', 'csv']), api(`/api/documents/${doc}/ledger?format=csv`)]);
    expect(cli.code).toBe(0);
    expect(web.toString('utf8')).toMatch(/,(有进展|已完成),/);
    expect(Buffer.from(cli.stdout, 'utf8').equals(web)).toBe(true);
    const qinzhou = await lib.db.selectFrom('documents').select('id').where('region', '=', '钦州市').where('year', '=', 2024).executeTakeFirstOrThrow();
    const [file, stored] = await Promise.all([cliAsync(['plan', '--ledger', QINZHOU, '--format', 'csv']), api(`/api/documents/${qinzhou.id}/ledger?format=csv`)]);
    expect(file.code).toBe(0);
    expect(stored.toString('utf8').split('\r\n').length).toBeGreaterThan(100);
    expect(Buffer.from(file.stdout, 'utf8').equals(stored)).toBe(true);
  });

  it('a refusal is worded for each shell: the CLI names its option, the API its parameter', async () => {
    const cli = await cliAsync(['compare', '--db', location, '--year', '2024', '--within', '火星']);
    expect(cli.code).toBe(2);
    expect(cli.stderr.trim()).toBe('error: --within: unknown region 火星');
    const r = await app.request(`/api/compare?year=2024&within=${encodeURIComponent('火星')}`);
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: 'within: unknown region 火星' });
    const track = await cliAsync(['track', '--db', location, '--indicator', 'gdp']);
    expect(track.stderr.trim()).toBe('error: --region: give a region, or a level or a containing region with one year');
    expect(await (await app.request('/api/track?indicator=gdp')).json()).toEqual({ error: 'region: give a region, or a level or a containing region with one year' });
  });
});
