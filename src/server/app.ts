// The HTTP API and the workbench it serves: a thin shell over the same answers as the CLI (src/store/queries).
// Each group of routes is a sub-app (routes/*.ts) implementing the routes declared in src/model/api/routes.ts,
// whose zod schemas validate every parameter and body, describe every answer and make /api/openapi.json. Hono's
// own middleware does the rest: security headers, compression, the write token (bearerAuth), body limits; the
// read cache keeps GET answers until the library changes. Heavy work (an upload's ingest, search-index updates)
// runs in worker threads (store/background.ts), so that reads are answered meanwhile.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { libraryError, LibraryError, type Library } from '../store/db.js';
import { ReviewError } from '../store/corrections.js';
import { EXTRACTOR_VERSION } from '../extract/report.js';
import { DEFAULT_MAX_BYTES } from '../text/load.js';
import { QueryError } from '../model/errors.js';
import { HttpError, type ServerContext } from './context.js';
import { readCache } from './cache.js';
import { searchIndex } from './search-index.js';
import { Background } from '../store/background.js';
import { workbench } from './static.js';
import { libraryRoutes } from './routes/library.js';
import { documentRoutes } from './routes/documents.js';
import { tableRoutes } from './routes/tables.js';
import { trackRoutes } from './routes/track.js';
import { projectRoutes } from './routes/projects.js';
import { searchRoutes } from './routes/search.js';
import { reviewRoutes } from './routes/reviews.js';

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
  /** Where uploads and search-index updates run (worker threads); made here when not given (startServer closes its own). */
  background?: Background;
}

const JSON_LIMIT = 64 * 1024;

/** While an upload is ingested (a commit every few documents), cached answers may lag its commits by this much. */
const BACKGROUND_LAG_MS = 1000;

// The page may load nothing from elsewhere and run no inline script.
const SECURITY = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  // Plain HTTP (localhost, or a proxy that adds TLS): HSTS is the proxy's to send.
  strictTransportSecurity: false,
});

export function createApp(opts: AppOptions) {
  const changes = opts.changes ?? (opts.lib.backend === 'sqlite' ? sqliteDataVersion(opts.lib.sqlite) : null);
  const background = opts.background ?? new Background(opts.lib);
  const ctx: ServerContext = {
    lib: opts.lib,
    maxUploadBytes: opts.maxUploadBytes ?? DEFAULT_MAX_BYTES,
    background,
    searchIndex: searchIndex(opts.lib, background, changes ?? (() => 0)),
  };
  const app = new OpenAPIHono();
  app.onError(errorHandler(opts.lib.path));
  app.use('*', SECURITY);
  // Answers worth it compressed (a report is 200–300 KB of JSON); the cache serves its entries gzipped itself.
  app.use('/api/*', compress());
  if (opts.cache !== false && changes) app.use('/api/*', readCache(changes, () => (background.busy ? BACKGROUND_LAG_MS : 0)));
  guardWrites(app, opts.token ?? null);
  const api = app
    .route('/', libraryRoutes(ctx))
    .route('/', documentRoutes(ctx))
    .route('/', tableRoutes(ctx))
    .route('/', trackRoutes(ctx))
    .route('/', projectRoutes(ctx))
    .route('/', searchRoutes(ctx))
    .route('/', reviewRoutes(ctx));
  api.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'workreport', version: EXTRACTOR_VERSION, description: 'Chinese government work reports as grounded data' } });
  api.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));
  if (opts.webDir && existsSync(join(opts.webDir, 'index.html'))) api.route('/', workbench(opts.webDir));
  return api;
}

/** The server's app type: what its routes take and answer (the workbench's client is typed by model/api's ApiType). */
export type App = ReturnType<typeof createApp>;

/** Writes need the token when one is set (it is whenever the server listens beyond localhost), and bodies have limits. */
function guardWrites(app: OpenAPIHono, token: string | null): void {
  const auth: MiddlewareHandler = token
    ? bearerAuth({
        token,
        noAuthenticationHeader: { message: { error: 'this server needs its token for changes: Authorization: Bearer <token>' } },
        invalidAuthenticationHeader: { message: { error: 'Authorization: expected Bearer <token>' } },
        invalidToken: { message: { error: 'this server needs its token for changes: the token given is not it' } },
      })
    : async (_c, next) => next();
  const json = bodyLimit({ maxSize: JSON_LIMIT, onError: (c) => c.json({ error: `body over ${JSON_LIMIT} bytes` }, 413) });
  const posts = (mw: MiddlewareHandler): MiddlewareHandler => async (c, next) => (c.req.method === 'POST' ? mw(c, next) : next());
  // An upload's size is held to maxUpload as it streams to disk (upload.ts), never buffered here.
  app.use('/api/documents', posts(auth));
  app.use('/api/facts/*', auth, json);
  app.use('/api/commitments/*', auth, json);
}

function sqliteDataVersion(sqlite: import('better-sqlite3').Database): () => number {
  const st = sqlite.prepare('PRAGMA data_version').pluck();
  return () => st.get() as number;
}

/**
 * A refusal is a 4xx with `{error}` naming the parameter; a damaged library or a full disk a 503 naming the library
 * and what to do; anything else a 500 that says nothing of the inside.
 */
function errorHandler(libraryPath: string): ErrorHandler {
  return (err, c: Context) => {
    if (err instanceof HttpError || err instanceof ReviewError) return c.json({ error: err.message }, err.status);
    if (err instanceof QueryError) return c.json({ error: err.param ? `${err.param}: ${err.message}` : err.message }, 400);
    // Hono's own refusals: a body that is not the JSON it says it is (400), of another type (415), a token (401).
    if (err instanceof HTTPException && err.status < 500) return err.res ? err.getResponse() : c.json({ error: err.message }, err.status);
    const stored = libraryError(err, libraryPath);
    if (stored instanceof LibraryError) return c.json({ error: stored.message }, 503);
    const msg = err instanceof Error ? err.message : String(err);
    console.error(`error: ${c.req.method} ${c.req.path}: ${msg.split('\n')[0]}`);
    return c.json({ error: 'internal error' }, 500);
  };
}
