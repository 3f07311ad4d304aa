// The API says what it answers: every path of /api/openapi.json has a response schema for its success, every
// route declared in src/model/api/routes.ts is served, and what the server sends fits the schema it declares
// (parsed with the route's own zod schema). Also the headers Hono's middleware adds: security, the write token,
// compression, and the workbench's cache rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { z } from 'zod';
import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { createApp } from '../../src/server/app.js';
import * as Routes from '../../src/model/api/routes.js';
import { dropLibraries, newLibrary } from '../support/backend.js';

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
const dir = mkdtempSync(join(tmpdir(), 'wr-contract-'));
let lib: Library;
let app: ReturnType<typeof createApp>;
let doc = '';
let fact = '';
let commitment = '';

beforeAll(async () => {
  lib = await openLibrary(newLibrary(dir));
  await ingest(lib, [join(ROOT, 'corpus/seeds'), join(ROOT, 'corpus/national/government_work_reports.jsonl')], { jobs: 0 });
  app = createApp({ lib, cache: false, webDir: WEB });
  doc = (await lib.db.selectFrom('documents').select('id').where('region', '=', '钦州市').executeTakeFirstOrThrow()).id;
  fact = `${doc}:${(await lib.db.selectFrom('facts').select('ord').where('document_id', '=', doc).orderBy('ord').executeTakeFirstOrThrow()).ord}`;
  commitment = `${doc}:${(await lib.db.selectFrom('commitments').select('ord').where('document_id', '=', doc).orderBy('ord').executeTakeFirstOrThrow()).ord}`;
});
afterAll(async () => {
  await lib.close();
  await dropLibraries();
  rmSync(dir, { recursive: true, force: true });
});

/** A commitment of the national 2023 report (the library has 2024's to follow it up in). */
async function nationalCommitment(): Promise<string> {
  const d = await lib.db.selectFrom('documents').select('id').where('region', '=', '中华人民共和国').where('year', '=', 2023).where('genre', '=', 'work_report').executeTakeFirstOrThrow();
  return `${d.id}:${(await lib.db.selectFrom('commitments').select('ord').where('document_id', '=', d.id).orderBy('ord').executeTakeFirstOrThrow()).ord}`;
}

type Route = { method: string; path: string; responses: Record<number, { content?: Record<string, { schema: z.ZodType }> }> };
const ROUTES = Object.values(Routes) as unknown as Route[];
const NATION = encodeURIComponent('中华人民共和国');

describe('/api/openapi.json', () => {
  it('describes every path: a JSON schema of what it answers with 200, never an empty object', async () => {
    const spec = (await (await app.request('/api/openapi.json')).json()) as any;
    const paths = Object.entries(spec.paths) as Array<[string, Record<string, any>]>;
    expect(paths.length).toBeGreaterThanOrEqual(16);
    for (const [path, methods] of paths) {
      for (const [method, op] of Object.entries(methods)) {
        const schema = op.responses?.['200']?.content?.['application/json']?.schema;
        expect(schema, `${method} ${path}`).toBeDefined();
        // A named component, or an inline schema that says something.
        const named = schema.$ref ? spec.components.schemas[schema.$ref.split('/').pop()] : schema;
        expect(named.properties ?? named.items ?? named.prefixItems, `${method} ${path}`).toBeDefined();
      }
    }
    // Every declared route is in the document, and nothing else is.
    const served = paths.flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`)).sort();
    expect(served).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });
});

describe('what the server answers fits what it declares', () => {
  const gets = (): Array<[Route, string]> => [
    [Routes.health, '/api/health'],
    [Routes.indicators, '/api/indicators'],
    [Routes.documents, '/api/documents?level=city'],
    [Routes.regions, '/api/regions'],
    [Routes.conflicts, '/api/conflicts'],
    [Routes.document, `/api/documents/${doc}`],
    [Routes.tasks, `/api/documents/${doc}/tasks?quantified=true`],
    [Routes.ledger, `/api/documents/${doc}/ledger`],
    [Routes.compare, '/api/compare?year=2024&level=city'],
    [Routes.panel, '/api/panel?indicator=gdp&limit=50'],
    [Routes.track, `/api/track?region=${NATION}&indicator=gdp`],
    [Routes.track, '/api/track?level=city&year=2023'],
    [Routes.followUp, `/api/track/commitments?region=${NATION}&year=2023&limit=10`],
    [Routes.search, `/api/search?q=${encodeURIComponent('平陆运河')}`],
    [Routes.terms, `/api/terms?words=${encodeURIComponent('生态,环保')}`],
    [Routes.yoy, `/api/yoy?region=${NATION}&year=2024`],
    [Routes.projects, `/api/projects?region=${NATION}`],
    [Routes.projects, `/api/projects?region=${encodeURIComponent('钦州市')}`],
    [Routes.corrections, '/api/corrections'],
  ];

  it('every GET route, parsed by its route’s own response schema', async () => {
    const seen = new Set<Route>();
    for (const [route, url] of gets()) {
      const r = await app.request(url);
      expect(r.status, url).toBe(200);
      const body = await r.json();
      const schema = route.responses[200].content!['application/json'].schema;
      const parsed = schema.safeParse(body);
      expect(parsed.error?.issues ?? [], url).toEqual([]);
      seen.add(route);
    }
    expect(ROUTES.filter((r) => r.method === 'get' && !seen.has(r)).map((r) => r.path)).toEqual([]);
  });

  it('reviews and uploads too', async () => {
    const post = (url: string, body: unknown) => app.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const checks: Array<[Route, Response]> = [
      [Routes.reviewFact, await post(`/api/facts/${fact}/review`, { action: 'confirm', note: '核对' })],
      [Routes.reviewCommitment, await post(`/api/commitments/${commitment}/review`, { action: 'edit', edit: { deadline: '年内' } })],
      [Routes.reviewStatus, await post(`/api/commitments/${await nationalCommitment()}/status`, { status: '有进展', author: '审核员', note: '核对' })],
      [Routes.upload, await app.request('/api/documents?name=a.txt', { method: 'POST', body: '示范县2031年政府工作报告\n地区生产总值增长6%。\n' })],
    ];
    for (const [route, r] of checks) {
      expect(r.status, route.path).toBe(200);
      const parsed = route.responses[200].content!['application/json'].schema.safeParse(await r.json());
      expect(parsed.error?.issues ?? [], route.path).toEqual([]);
    }
  });
});

describe('Hono’s middleware', () => {
  it('security headers on every answer: the page may load and run nothing from elsewhere', async () => {
    for (const url of ['/api/health', '/', '/api/nothing']) {
      const r = await app.request(url);
      expect(r.headers.get('content-security-policy'), url).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      );
      expect(r.headers.get('x-frame-options'), url).toBe('DENY');
      expect(r.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(r.headers.get('referrer-policy'), url).toBe('no-referrer');
    }
  });

  it('a write needs the token when one is set: none or a wrong one is a 401 with a reason; reads need none', async () => {
    const guarded = createApp({ lib, cache: false, token: 'k3y.for-tests' });
    const review = (auth?: string) =>
      guarded.request(`/api/facts/${fact}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) }, body: '{"action":"confirm"}' });
    for (const auth of [undefined, 'Bearer wrong', 'Bearer k3y.for-test', 'Basic k3y.for-tests']) {
      const r = await review(auth);
      expect(r.status, auth).toBeGreaterThanOrEqual(400);
      expect(r.status, auth).toBeLessThan(402);
      expect(((await r.json()) as { error: string }).error, auth).toMatch(/token|Bearer/);
    }
    expect((await review('Bearer k3y.for-tests')).status).toBe(200);
    expect((await guarded.request('/api/documents', { method: 'POST', body: 'x' })).status).toBe(401);
    expect((await guarded.request('/api/health')).status).toBe(200);
  });

  it('compresses an answer for a client that accepts gzip', async () => {
    const url = `/api/documents/${doc}`;
    const plain = await (await app.request(url)).text();
    const r = await app.request(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('vary')).toContain('Accept-Encoding');
    const body = Buffer.from(await r.arrayBuffer());
    expect(gunzipSync(body).toString('utf8')).toBe(plain);
    expect(body.length).toBeLessThan(plain.length / 3);
    expect((await app.request(url)).headers.get('content-encoding')).toBeNull();
  });
});

describe.skipIf(!existsSync(join(WEB, 'index.html')))('the workbench’s files', () => {
  // The page's own script (not a map's shapes, which compress less than half: their coordinates are encoded).
  const asset = (ext: string) => `/assets/${readdirSync(join(WEB, 'assets')).find((f) => f.startsWith('index-') && f.endsWith(ext))!}`;

  it('hashed assets cached for good and sent precompressed in what the client accepts; the page revalidated', async () => {
    const js = asset('.js');
    const raw = await app.request(js);
    expect(raw.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(raw.headers.get('content-encoding')).toBeNull();
    const size = (await raw.arrayBuffer()).byteLength;
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip']]) {
      const r = await app.request(js, { headers: { 'Accept-Encoding': accept } });
      expect(r.headers.get('content-encoding'), accept).toBe(encoding);
      expect(r.headers.get('content-type'), accept).toContain('javascript');
      expect(r.headers.get('cache-control'), accept).toBe('public, max-age=31536000, immutable');
      expect((await r.arrayBuffer()).byteLength, accept).toBeLessThan(size / 2);
    }
    for (const page of ['/', '/index.html', '/reader/anything']) {
      const r = await app.request(page, { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(r.status, page).toBe(200);
      expect(r.headers.get('content-type'), page).toContain('text/html');
      expect(r.headers.get('cache-control'), page).toBe('no-cache');
    }
  });
});
