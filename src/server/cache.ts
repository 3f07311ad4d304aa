// A read cache for GET /api/*: every answer is a function of the library's contents, which change only by a
// write. Entries are dropped when this server writes (any other method on /api) and when another connection
// commits (SQLite's PRAGMA data_version, which moves on every commit but this connection's own; on PostgreSQL a
// LISTEN on the library's change notifications, see watchChanges in store/db.ts). A read that
// overlaps a write is not kept. While the server's background work (an upload's ingest, an index update) commits,
// another connection's commits drop entries at most once a second (BACKGROUND_LAG_MS in app.ts). Bounded by entries and bytes, least recently used dropped first. A client that
// accepts gzip gets a large cached body compressed (once per entry).
import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  headers: Array<[string, string]>;
}

interface Entry extends CachedResponse {
  generation: number;
  /** The body gzipped, made on the first request that accepts it. */
  gzip?: Uint8Array<ArrayBuffer>;
}

/** Bodies worth compressing: a reader's report is 200–300 KB of JSON, about a fifth of that gzipped. */
const GZIP_FROM = 1024;

export class ReadCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private writes = 0;
  private dataVersion: number;
  private clearedAt = 0;
  constructor(
    /** Moves whenever another connection commits. */
    private readonly version: () => number,
    /** How long entries may outlive another connection's commit, now (ms; 0: not at all). */
    private readonly lag: () => number = () => 0,
    private readonly maxEntries = 512,
    private readonly maxBytes = 32 * 1024 * 1024,
    readonly maxEntryBytes = 2 * 1024 * 1024,
  ) {
    this.dataVersion = this.version();
  }

  /** The current generation: changes with every write here and every commit elsewhere. */
  generation(): number {
    const v = this.version();
    if (v !== this.dataVersion) {
      // While a background write commits document after document, entries are dropped at most once per lag: the
      // answers lag the commits by that much instead of every read recomputing its answer.
      const now = performance.now();
      if (now - this.clearedAt < this.lag()) return this.writes;
      this.clearedAt = now;
      this.dataVersion = v;
      this.clear();
    }
    return this.writes;
  }

  /** Around a write: entries made before it, or by reads overlapping it, are never served. */
  beginWrite(): void {
    this.writes++;
    this.clear();
  }
  endWrite(): void {
    this.writes++;
    this.clear();
  }

  /** The cached answer (gzipped when the client accepts it and the body is large enough), or null. */
  get(key: string, acceptsGzip = false): CachedResponse | null {
    const g = this.generation();
    const e = this.entries.get(key);
    if (!e || e.generation !== g) return null;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, e);
    // The length is given: without it the compress middleware around the cache would stream a small answer through
    // gzip on every hit (its threshold reads Content-Length), a third of a cached health check's time.
    const headers = e.headers.filter(([k]) => k !== 'content-length' && k !== 'vary');
    headers.push(['vary', 'Accept-Encoding']);
    if (!acceptsGzip || e.body.byteLength < GZIP_FROM) return { body: e.body, headers: [...headers, ['content-length', String(e.body.byteLength)]] };
    if (!e.gzip) {
      e.gzip = new Uint8Array(gzipSync(e.body, { level: 6 }));
      this.bytes += e.gzip.byteLength;
    }
    return { body: e.gzip, headers: [...headers, ['content-encoding', 'gzip'], ['content-length', String(e.gzip.byteLength)]] };
  }

  /** Keeps a response computed during `generation`, unless the library changed meanwhile. */
  set(key: string, generation: number, r: CachedResponse): void {
    if (generation !== this.generation() || r.body.byteLength > this.maxEntryBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.byteLength + (old.gzip?.byteLength ?? 0);
      this.entries.delete(key);
    }
    this.entries.set(key, { ...r, generation });
    this.bytes += r.body.byteLength;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.byteLength + (e.gzip?.byteLength ?? 0);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The cache as middleware of GET /api/*: a hit is answered from it (gzipped for a client that accepts gzip); an
 * answer of 200 is kept unless it says no-store or is too large; any other method is a write, around which entries
 * are dropped.
 */
export function readCache(changes: () => number, lag?: () => number): MiddlewareHandler {
  const cache = new ReadCache(changes, lag);
  return async (c, next) => {
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
    if (Number(c.res.headers.get('content-length') ?? 0) > cache.maxEntryBytes) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    const headers: Array<[string, string]> = [];
    c.res.headers.forEach((v, k) => headers.push([k, v]));
    cache.set(key, generation, { body, headers });
    c.header('Vary', 'Accept-Encoding');
  };
}
