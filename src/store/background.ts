// The server's heavy work off its request thread: an upload's ingest and a search-index update each run in a
// worker thread of their own (library-worker.ts) with their own connection to the library, one at a time (SQLite
// has one writer), while the server's thread goes on answering reads (SQLite's WAL lets them read the last
// commit meanwhile). A library in memory cannot be shared with a thread: there the work runs in process.
import type { Worker } from 'node:worker_threads';
import { LibraryError, type Library } from './db.js';
import { ingestUploadedFile, type UploadResult } from './ingest.js';
import { spawnWorker } from './pool.js';
import { ensureSearchIndex, type IndexSummary } from './search.js';

export type BackgroundJob =
  | { op: 'upload'; library: string; name: string; path: string; sha: string }
  | { op: 'index'; library: string };

type Answer = { ok: true; result: unknown } | { ok: false; library: boolean; error: string };

export class Background {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly live = new Set<Worker>();
  private closed = false;

  constructor(private readonly lib: Library) {}

  /** Ingests an upload stored at `path` (its bytes' sha256 `sha`); answers when it is stored. */
  upload(name: string, path: string, sha: string): Promise<UploadResult> {
    return this.serial(() => (this.shared() ? this.inWorker({ op: 'upload', library: this.shared()!, name, path, sha }) : ingestUploadedFile(this.lib, name, path, sha)));
  }

  /** Brings the search index up to date (SQLite; PostgreSQL keeps its own). */
  index(): Promise<IndexSummary> {
    return this.serial(async () => (this.shared() ? this.inWorker({ op: 'index', library: this.shared()! }) : ensureSearchIndex(this.lib)));
  }

  /** Ends the workers still running (their open transaction is rolled back; what they committed stays). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.live].map((w) => w.terminate()));
  }

  /** What another thread opens to reach the same library; null for one in memory. */
  private shared(): string | null {
    if (this.lib.backend === 'postgres') return this.lib.url;
    return this.lib.path === ':memory:' || this.lib.path === '' ? null : this.lib.path;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private inWorker<T>(job: BackgroundJob): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the server is stopping'));
    return new Promise<T>((resolve, reject) => {
      const w = spawnWorker('library-worker', job);
      this.live.add(w);
      let answered = false;
      w.once('message', (a: Answer) => {
        answered = true;
        if (a.ok) resolve(a.result as T);
        else reject(a.library ? new LibraryError(a.error) : new Error(a.error));
      });
      w.once('error', (e) => ((answered = true), reject(e)));
      w.once('exit', (code) => {
        this.live.delete(w);
        if (!answered) reject(new Error(`background worker exited (${code})`));
      });
    });
  }
}
