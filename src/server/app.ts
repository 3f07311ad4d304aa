// The HTTP API (and the workbench it serves): a thin shell over the same query functions as the CLI. Every
// parameter is validated by a zod schema, which also generates the OpenAPI document at /api/openapi.json; every
// query is parameterised by Kysely or by prepared statements; write endpoints need the start-up token when the
// server listens beyond localhost; bodies are size-limited.
import { existsSync, readFileSync } from 'node:fs';
import { join, extname, normalize, sep } from 'node:path';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import { libraryError, LibraryError, type Library } from '../store/db.js';
import { listDocuments, listRegions, documentDetail } from '../store/queries/documents.js';
import { runCompare } from '../store/queries/compare.js';
import { runPanelPage } from '../store/queries/panel.js';
import { runTrackRanking, runTrackSeries } from '../store/queries/track.js';
import { runFollowUp, followUpTable } from '../store/queries/followup.js';
import { runTerms } from '../store/queries/terms.js';
import { runYearOverYear } from '../store/queries/yoy.js';
import { search, ensureSearchIndex } from '../store/search.js';
import { listCorrections, reviewCommitment, reviewFact, ReviewError } from '../store/corrections.js';
import { ingestUpload } from '../store/ingest.js';
import { countRows } from '../store/repo.js';
import { trackTable } from '../analysis/track.js';
import { EXTRACTOR_VERSION } from '../extract/report.js';
import { INDICATORS, resolveIndicators } from '../lexicon/indicators.js';
import { DEFAULT_MAX_BYTES } from '../text/load.js';
import { renderCsv, renderXlsx, tableToObjects } from '../model/render.js';
import type { Table } from '../model/table.js';
import { QueryError } from '../model/errors.js';
import * as S from './schemas.js';
import { ReadCache } from './cache.js';

export interface AppOptions {
  lib: Library;
  /** Required on write endpoints (Authorization: Bearer …) when set. */
  token?: string | null;
  /** The built workbench (index.html and assets); none: API only. */
  webDir?: string | null;
  maxUploadBytes?: number;
  /** Keep GET /api answers until the library changes (default true; see cache.ts). */
  cache?: boolean;
  /** Moves when another connection commits (watchChanges); on SQLite read from the connection when not given. */
  changes?: () => number;
}

function sqliteDataVersion(sqlite: import('better-sqlite3').Database): () => number {
  const st = sqlite.prepare('PRAGMA data_version').pluck();
  return () => st.get() as number;
}

const JSON_LIMIT = 64 * 1024;

/** Thrown inside handlers for a 4xx answer with a reason. */
class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413,
    message: string,
  ) {
    super(message);
  }
}

const ok = (description: string) => ({ 200: { description, content: { 'application/json': { schema: S.AnyBody } } } });
/** A table endpoint: JSON, or with ?format=csv|xlsx a download. */
const okTable = (description: string) => ({
  200: {
    description: `${description} (?format=csv or xlsx: a download)`,
    content: {
      'application/json': { schema: S.AnyBody },
      'text/csv': { schema: z.string() },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
});
const errors = {
  400: { description: 'invalid parameters', content: { 'application/json': { schema: S.ErrorBody } } },
  404: { description: 'not found', content: { 'application/json': { schema: S.ErrorBody } } },
};

/** A table as JSON (the rich result), CSV or XLSX, by ?format=. */
// (Typed as any: the route's declared JSON response cannot also describe the CSV and XLSX bodies to Hono's types.)
async function tableResponse(c: Context, format: 'json' | 'csv' | 'xlsx', table: Table, json: unknown, name: string): Promise<any> {
  if (format === 'csv') {
    return c.body(renderCsv(table), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` });
  }
  if (format === 'xlsx') {
    const buf = await renderXlsx(table, name);
    return c.body(new Uint8Array(buf), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
    });
  }
  return c.json(json ?? tableToObjects(table), 200);
}

const regionFilter = (q: { region?: string[]; level?: string; within?: string }) => ({ regions: q.region, level: q.level, within: q.within });

export function createApp(opts: AppOptions) {
  const { lib } = opts;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return c.json({ error: `${issue.path.join('.') || 'request'}: ${issue.message}` }, 400);
      }
    },
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    if (err instanceof ReviewError) return c.json({ error: err.message }, err.status);
    if (err instanceof QueryError) return c.json({ error: err.message.replace(/^--/, '') }, 400);
    // Hono's own refusals: a body that is not the JSON it says it is (400), a body of another type (415).
    if (err instanceof HTTPException && err.status < 500) return c.json({ error: err.message }, err.status);
    const msg = err instanceof Error ? err.message : String(err);
    if (/^(?:--within|search): /.test(msg)) return c.json({ error: msg.replace(/^--/, '') }, 400);
    // A damaged library, a full disk: say which and what to do (503), not 'internal error'.
    const stored = libraryError(err, lib.path);
    if (stored instanceof LibraryError) return c.json({ error: stored.message }, 503);
    console.error(`error: ${c.req.method} ${c.req.path}: ${msg.split('\n')[0]}`);
    return c.json({ error: 'internal error' }, 500);
  });

  // Security headers on everything; the page may load nothing from elsewhere.
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  // Reads served from the cache while the library is unchanged; any write empties it.
  const changes = opts.changes ?? (lib.backend === 'sqlite' ? sqliteDataVersion(lib.sqlite) : null);
  if (opts.cache !== false && changes) {
    const cache = new ReadCache(changes);
    app.use('/api/*', async (c, next) => {
      if (c.req.method !== 'GET') {
        cache.beginWrite();
        try {
          await next();
        } finally {
          cache.endWrite();
        }
        return;
      }
      const key = c.req.url;
      const hit = cache.get(key, /\bgzip\b/.test(c.req.header('accept-encoding') ?? ''));
      if (hit) return new Response(hit.body, { status: 200, headers: hit.headers });
      const generation = cache.generation();
      await next();
      if (c.res.status !== 200 || c.res.headers.get('cache-control')?.includes('no-store')) return;
      const length = Number(c.res.headers.get('content-length') ?? 0);
      if (length > cache.maxEntryBytes) return;
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      const headers: Array<[string, string]> = [];
      c.res.headers.forEach((v, k) => headers.push([k, v]));
      cache.set(key, generation, { body, headers });
      c.header('Vary', 'Accept-Encoding');
    });
  }

  // Writes: a token when one is set (it is, whenever the server listens beyond localhost).
  const guard = async (c: Context, next: () => Promise<void>) => {
    if (opts.token) {
      const auth = c.req.header('authorization') ?? '';
      if (auth !== `Bearer ${opts.token}`) return c.json({ error: 'this server needs its token for changes: Authorization: Bearer <token>' }, 401);
    }
    await next();
  };
  app.use('/api/documents', async (c, next) => (c.req.method === 'POST' ? guard(c, next) : next()));
  app.use('/api/facts/*', guard);
  app.use('/api/commitments/*', guard);
  app.use('/api/facts/*', bodyLimit({ maxSize: JSON_LIMIT, onError: (c) => c.json({ error: `body over ${JSON_LIMIT} bytes` }, 413) }));
  app.use('/api/commitments/*', bodyLimit({ maxSize: JSON_LIMIT, onError: (c) => c.json({ error: `body over ${JSON_LIMIT} bytes` }, 413) }));
  const maxUpload = opts.maxUploadBytes ?? DEFAULT_MAX_BYTES;
  app.use('/api/documents', async (c, next) =>
    c.req.method === 'POST' ? bodyLimit({ maxSize: maxUpload, onError: (cc) => cc.json({ error: `file over the ${Math.round(maxUpload / 1048576)} MB limit` }, 413) })(c, next) : next(),
  );

  app.openapi(createRoute({ method: 'get', path: '/api/health', responses: ok('the library') }), async (c) =>
    c.json({ ok: true, extractor: EXTRACTOR_VERSION, library: lib.path, counts: await countRows(lib.db) }, 200),
  );

  app.openapi(createRoute({ method: 'get', path: '/api/indicators', summary: 'indicator ids, names and aliases', responses: ok('the lexicon') }), (c) =>
    c.json({ indicators: INDICATORS.map((e) => ({ id: e.id, name: e.name, core: e.core === true, aliases: e.aliases, needsValue: e.needsValue ?? [] })) }, 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/documents', summary: 'the library: reports by level, region, year', request: { query: S.DocumentsQuery }, responses: { ...ok('a page of reports'), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      const y = S.years(q.year);
      return c.json(await listDocuments(lib.db, { ...regionFilter(q), yearFrom: y.from, yearTo: y.to, q: q.q, limit: q.limit, offset: q.offset }), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/regions', summary: 'the regions of the library’s reports, with their report years', request: { query: S.RegionsQuery }, responses: { ...ok('regions'), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json({ regions: await listRegions(lib.db, { level: q.level, within: q.within }) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents',
      summary: 'upload one report file (any format ingest reads; body = the file, name in ?name= or X-Filename)',
      request: { query: S.UploadQuery },
      responses: { ...ok('what was stored'), ...errors, 413: { description: 'too large', content: { 'application/json': { schema: S.ErrorBody } } } },
    }),
    async (c) => {
      // ?name= arrives decoded; a header can carry only ASCII, so X-Filename may be percent-encoded UTF-8.
      const header = c.req.header('x-filename');
      const name = c.req.valid('query').name ?? (header === undefined ? undefined : percentDecoded(header));
      if (!name) throw new HttpError(400, 'name: the file needs a name (?name= or X-Filename)');
      let bytes: Uint8Array;
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('multipart/form-data')) {
        let form: FormData;
        try {
          form = await c.req.formData();
        } catch {
          throw new HttpError(400, 'file: the body is not multipart/form-data');
        }
        const f = form.get('file');
        if (!f || typeof f === 'string') throw new HttpError(400, 'file: expected a multipart field "file"');
        bytes = new Uint8Array(await f.arrayBuffer());
      } else bytes = new Uint8Array(await c.req.arrayBuffer());
      const r = await serial(() => ingestUpload(lib, name, bytes));
      return c.json(r, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/documents/{id}', summary: 'one report: text, parts, facts, commitments, projects, pledges (spans into text)', request: { params: S.IdParam }, responses: { ...ok('the report'), ...errors } }),
    async (c) => {
      const d = await documentDetail(lib.db, c.req.valid('param').id);
      if (!d) throw new HttpError(404, 'no such document');
      return c.json(d, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/tasks',
      summary: 'the task list: a report’s commitments, by section, action and quantified-or-not (json, csv, xlsx)',
      request: { params: S.IdParam, query: S.TasksQuery },
      responses: { ...okTable('commitments'), ...errors },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const d = await documentDetail(lib.db, id);
      if (!d) throw new HttpError(404, 'no such document');
      const inSection = (ord: number | null): boolean => {
        if (q.section === undefined) return true;
        for (let s = d.sections.find((x) => x.ord === ord); s; s = d.sections.find((x) => x.ord === s!.parent_ord)) if (s.ord === q.section) return true;
        return false;
      };
      const rows = d.commitments.filter(
        (k) => k.review !== 'rejected' && inSection(k.section_ord) && (!q.action?.length || q.action.includes(k.action ?? '')) && (q.quantified === undefined || q.quantified === k.quantities.length > 0),
      );
      const path = (ord: number | null) => {
        const out: string[] = [];
        for (let s = d.sections.find((x) => x.ord === ord); s; s = d.sections.find((x) => x.ord === s!.parent_ord)) out.unshift(`${s.marker ?? ''}${s.title}`);
        return out.join(' / ');
      };
      const table: Table = {
        columns: ['id', '所属部分', '主题', '动作', '原文动词', '对象', '数量', '单位', '限定', '时限', '力争', '原文', '位置', '复核'],
        rows: rows.map((k) => [
          k.id, path(k.section_ord), k.topic, k.action, k.verb, k.object,
          k.quantities.map((x) => x.value ?? `${x.low}-${x.high}`).join('; ') || null,
          k.quantities.map((x) => x.unit ?? '').join('; ') || null,
          k.quantities.map((x) => x.qualifier).join('; ') || null,
          k.deadline, k.stretch ? '力争' : null, k.quote, `${k.span[0]}-${k.span[1]}`, k.review,
        ]),
      };
      return tableResponse(c, q.format, table, { document: d.meta, sections: d.sections, commitments: rows.map((k) => ({ ...k, path: path(k.section_ord) })) }, 'tasks');
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/compare', summary: 'region × (indicator, measure) table of headline figures for one year', request: { query: S.CompareQuery }, responses: { ...okTable('the table'), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      const { result, sheet } = await runCompare(lib.db, {
        ...regionFilter(q),
        indicators: resolveIndicators(q.indicator),
        kind: q.kind,
        year: q.year,
        measure: q.measure,
        headlineOnly: q.all !== 'true',
      });
      return tableResponse(c, q.format, sheet, result, 'compare');
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/panel', summary: 'long-format panel: one row per fact', request: { query: S.PanelQuery }, responses: { ...okTable('rows'), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      const fy = S.years(q.year);
      const ry = S.years(q.report_year);
      // A page, in SQL: JSON pages of 1,000 rows, downloads whole up to 100,000 (X-Has-More tells).
      const limit = q.limit ?? (q.format === 'json' ? 1000 : 100_000);
      const { table, more } = await runPanelPage(lib.db, {
        ...regionFilter(q),
        yearFrom: ry.from,
        yearTo: ry.to,
        factYearFrom: fy.from,
        factYearTo: fy.to,
        indicators: resolveIndicators(q.indicator),
        kinds: q.kind,
        measures: q.measure,
        headlineOnly: q.headline === 'true',
      }, { limit, offset: q.offset });
      c.header('X-Has-More', String(more));
      if (more) c.header('X-Next-Offset', String(q.offset + limit));
      return tableResponse(c, q.format, table, null, 'panel');
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/track',
      summary: 'target (report Y) vs result (report Y+1) per year for a region; with one year and level/within: who missed by most',
      request: { query: S.TrackQuery },
      responses: { ...okTable('rows'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const [indicator] = resolveIndicators([q.indicator])!;
      const y = S.years(q.year);
      const base = { ...regionFilter(q), indicator, measure: q.measure, aboutPoints: q.tolerance };
      const ranking = y.from !== undefined && y.from === y.to && !q.region?.length;
      if (!ranking && !q.region?.length && !q.level && !q.within) throw new HttpError(400, 'track needs region, or level/within with one year');
      const rows = ranking ? await runTrackRanking(lib.db, { ...base, year: y.from! }) : await runTrackSeries(lib.db, { ...base, from: y.from, to: y.to });
      return tableResponse(c, q.format, trackTable(rows), { mode: ranking ? 'ranking' : 'series', indicator, rows }, 'track');
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/track/commitments',
      summary: 'for each commitment of report Y, the likeliest follow-up sentences of report Y+1’s review',
      request: { query: S.FollowUpQuery },
      responses: { ...okTable('items'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const r = await runFollowUp(lib, { ...regionFilter(q), year: q.year, top: q.top, limit: q.limit });
      return tableResponse(c, q.format, followUpTable(r.items), r, 'follow-up');
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/search', summary: 'full-text search: hits with region, year, part, section and a marked snippet', request: { query: S.SearchQuery }, responses: { ...okTable('hits'), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      const y = S.years(q.year);
      const r = await serial(async () => {
        ensureSearchIndex(lib);
        return search(lib, { ...regionFilter(q), yearFrom: y.from, yearTo: y.to, query: q.q, parts: q.part, limit: q.limit });
      });
      const table: Table = {
        columns: ['rank', 'region', 'year', 'part', 'section', 'snippet', 'document_id', 'span_start'],
        rows: r.hits.map((h) => [h.rank, h.region, h.year, h.part, h.section, h.snippet, h.document_id, h.span[0]]),
      };
      return tableResponse(c, q.format, table, r, 'search');
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/terms', summary: 'frequency of words per report (per 10,000 characters)', request: { query: S.TermsQuery }, responses: { ...okTable('rows'), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      if (!q.words?.length) throw new HttpError(400, 'words: give at least one word');
      const y = S.years(q.year);
      const rows = await runTerms(lib, { ...regionFilter(q), yearFrom: y.from, yearTo: y.to, words: q.words, exact: q.exact === 'true' });
      const table: Table = {
        columns: ['region', 'code', 'year', 'chars', ...q.words.flatMap((w) => [w, `${w} per 10k`])],
        rows: rows.map((r) => [r.region, r.code, r.year, r.chars, ...q.words!.flatMap((w) => [r.counts[w], r.per10k[w]])]),
      };
      return tableResponse(c, q.format, table, { rows }, 'terms');
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/yoy',
      summary: 'two consecutive reports of a region: targets of both years, last year’s commitments with this year’s likely follow-up, words that rose or fell',
      request: { query: S.YoyQuery },
      responses: { ...ok('the comparison'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await runYearOverYear(lib, { region: q.region, year: q.year, words: q.words }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/facts/{id}/review',
      summary: 'confirm, edit (value, qualifier, indicator) or reject a fact; kept with time, before, after and note',
      request: { params: S.RowIdParam, body: { content: { 'application/json': { schema: S.FactReviewBody } } } },
      responses: { ...ok('the correction'), ...errors },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return c.json(await reviewFact(lib.db, c.req.valid('param').id, { action: b.action, edit: b.edit, note: b.note }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/commitments/{id}/review',
      summary: 'confirm, edit (action, object, deadline) or reject a commitment',
      request: { params: S.RowIdParam, body: { content: { 'application/json': { schema: S.CommitmentReviewBody } } } },
      responses: { ...ok('the correction'), ...errors },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return c.json(await reviewCommitment(lib.db, c.req.valid('param').id, { action: b.action, edit: b.edit, note: b.note }), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/corrections', summary: 'the audit trail of corrections, newest first', request: { query: S.CorrectionsQuery }, responses: { ...ok('corrections'), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json({ corrections: await listCorrections(lib.db, { documentId: q.document, target: q.target, limit: q.limit, offset: q.offset }) }, 200);
    },
  );

  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'workreport', version: EXTRACTOR_VERSION, description: 'Chinese government work reports as grounded data' } });

  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  if (opts.webDir && existsSync(join(opts.webDir, 'index.html'))) mountWeb(app, opts.webDir);
  return app;
}

/** A percent-encoded header value decoded; one that does not decode (a bare %, say) as it is. */
function percentDecoded(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

// SQLite has one writer, and the search index is built on first use: uploads and index builds run one at a time.
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The built workbench: its files, and index.html for every other path (the page routes itself). */
function mountWeb(app: OpenAPIHono, dir: string): void {
  const root = normalize(dir);
  const inside = root.endsWith(sep) ? root : root + sep;
  const index = readFileSync(join(root, 'index.html'));
  app.get('*', (c) => {
    // A path that does not decode (a bare %) names no file: the page.
    const rel = percentDecoded(new URL(c.req.url).pathname).replace(/^\/+/, '');
    const file = normalize(join(root, rel));
    if (rel && file.startsWith(inside) && existsSync(file) && !file.endsWith('/')) {
      try {
        const body = readFileSync(file);
        const cache = rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        return c.body(new Uint8Array(body), 200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
      } catch {
        // a directory: fall through to the page
      }
    }
    return c.body(new Uint8Array(index), 200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
  });
}

export { z };
