// The HTTP API endpoints the workbench added: /api/regions (the pickers' choices) and the target's figures on
// track rows (the chart's numbers), and the read cache, through the app in-process over a library of the
// bundled samples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { gunzipSync } from 'node:zlib';
import { createApp } from '../../src/server/app.js';
import { watchChanges } from '../../src/store/db.js';
import { dropLibraries, newLibrary } from '../support/backend.js';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'wr-api-'));
let lib: Library;
let app: ReturnType<typeof createApp>;
let changes: Awaited<ReturnType<typeof watchChanges>>;

beforeAll(async () => {
  lib = await openLibrary(newLibrary(dir));
  await ingest(lib, [join(ROOT, 'corpus/seeds'), join(ROOT, 'corpus/national/government_work_reports.jsonl')], { jobs: 0 });
  // As the server makes it: told of other connections' commits (data_version, or LISTEN on PostgreSQL).
  changes = await watchChanges(lib);
  app = createApp({ lib, changes: changes.version });
});
afterAll(async () => {
  await changes.close();
  await lib.close();
  await dropLibraries();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const r = await app.request(path);
  return { status: r.status, body: (await r.json()) as any };
};

describe('GET /api/regions', () => {
  it('lists each region once with its report years, national first', async () => {
    const { status, body } = await get('/api/regions');
    expect(status).toBe(200);
    const names = body.regions.map((r: any) => r.region);
    expect(names[0]).toBe('中华人民共和国');
    expect(names.slice(1)).toEqual(['北海市', '防城港市', '钦州市', '贵港市', '崇左市']);
    const nation = body.regions[0];
    expect(nation).toMatchObject({ code: '100000', level: 'national' });
    expect(nation.years).toContain(2023);
    expect(nation.years).toContain(2024);
    expect([...nation.years].sort((a: number, b: number) => a - b)).toEqual(nation.years);
    expect(body.regions[3]).toMatchObject({ region: '钦州市', level: 'city', parent: '广西壮族自治区', years: [2024], documents: 1 });
  });

  it('filters by level and containing region, and validates them', async () => {
    expect((await get('/api/regions?level=city')).body.regions).toHaveLength(5);
    expect((await get('/api/regions?within=' + encodeURIComponent('广西壮族自治区'))).body.regions).toHaveLength(5);
    expect((await get('/api/regions?level=national')).body.regions.map((r: any) => r.region)).toEqual(['中华人民共和国']);
    const bad = await get('/api/regions?level=planet');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^level: /);
    expect((await get('/api/openapi.json')).body.paths['/api/regions']).toBeDefined();
  });
});

describe('GET /api/track', () => {
  it('gives the target as numbers beside its text, and the threshold it is judged by', async () => {
    const { body } = await get('/api/track?indicator=gdp&region=' + encodeURIComponent('中华人民共和国'));
    const y2022 = body.rows.find((r: any) => r.year === 2022);
    expect(y2022).toMatchObject({ target: '5.5 左右', target_value: 5.5, target_low: 5.5, target_high: 5.5, target_qualifier: 'about', target_unit: '%', threshold: 5, result: 3, verdict: 'missed' });
    const y2019 = body.rows.find((r: any) => r.year === 2019);
    expect(y2019).toMatchObject({ target: '6–6.5', target_value: null, target_low: 6, target_high: 6.5, target_qualifier: 'range' });
  });
});

describe('GET /api/panel', () => {
  it('pages in SQL: JSON pages of 1,000 rows by default, offset and X-Next-Offset for the next, a csv whole', async () => {
    const q = '/api/panel?indicator=gdp,cpi&year=2000-2025';
    const all = (await get(q + '&limit=100000')).body as any[];
    expect(all.length).toBeGreaterThan(40);
    const first = await app.request(q);
    expect(((await first.json()) as any[]).length).toBe(Math.min(all.length, 1000));
    const rows: any[] = [];
    let next: string | null = '0';
    while (next !== null) {
      const r = await app.request(`${q}&limit=15&offset=${next}`);
      expect(r.status).toBe(200);
      rows.push(...((await r.json()) as any[]));
      expect(r.headers.get('x-has-more')).toBe(String(rows.length < all.length));
      next = r.headers.get('x-next-offset');
      if (next !== null) expect(Number(next)).toBe(rows.length);
    }
    expect(rows.map((r) => r.fact_id)).toEqual(all.map((r) => r.fact_id));
    const csv = await (await app.request(q + '&format=csv')).text();
    expect(csv.trim().split('\n').length - 1).toBe(all.length);
    expect((await get(q + '&offset=-1')).status).toBe(400);
  });
});

describe('the read cache', () => {
  const url = '/api/compare?indicator=industrial_value_added&year=2024&region=' + encodeURIComponent('钦州市');
  const cell = async (a = app) => (await (await a.request(url)).json() as any).rows[0].cells['industrial_value_added:growth'];

  it('serves the same answer until a write through the API, then the new one', async () => {
    const first = await cell();
    expect(first.text).toBe('9 左右');
    expect(await cell()).toEqual(first);
    const r = await app.request(`/api/facts/${first.fact_id}/review`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'edit', edit: { value: 9.5 } }),
    });
    expect(r.status).toBe(200);
    expect((await cell()).text).toBe('9.5 左右');
    // A cached answer keeps the page's security headers.
    const again = await app.request(url);
    expect(again.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(again.headers.get('content-type')).toContain('application/json');
  });

  it('gives a client that accepts gzip the cached body compressed, the same JSON', async () => {
    const path = '/api/documents?limit=20';
    const plain = await (await app.request(path)).text();
    const r = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('vary')).toBe('Accept-Encoding');
    const body = new Uint8Array(await r.arrayBuffer());
    expect(Number(r.headers.get('content-length') ?? body.byteLength)).toBe(body.byteLength);
    expect(gunzipSync(body).toString('utf8')).toBe(plain);
    expect(body.byteLength).toBeLessThan(plain.length / 2);
    expect((await app.request(path)).headers.get('content-encoding')).toBeNull();
  });

  it('sees commits of other connections (another process writing the library)', async () => {
    // The app as the server makes it: told of other connections' commits (data_version, or LISTEN on PostgreSQL).
    const served = app;
    const before = await cell(served);
    const other = await openLibrary(lib.backend === 'postgres' ? lib.url : lib.path);
    try {
      const [doc, ord] = before.fact_id.split(':');
      await other.db.updateTable('facts').set({ value: 10, low: 10, high: 10 }).where('document_id', '=', doc).where('ord', '=', Number(ord)).execute();
    } finally {
      await other.close();
    }
    // A notification crosses a socket: give it a moment on PostgreSQL.
    for (let i = 0; i < 50 && (await cell(served)).text !== '10 左右'; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await cell(served)).text).toBe('10 左右');
    expect((await cell(createApp({ lib, cache: false }))).text).toBe('10 左右');
  });
});
