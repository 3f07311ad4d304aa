// The server's heavy work off its request thread: an upload's ingest and a search-index update run in a worker
// thread (library-worker.ts) with its own connection to the library, one at a time (SQLite has one writer),
// while the server's thread goes on answering reads (SQLite's WAL lets them read the last commit meanwhile).
// The worker is kept between jobs (starting one costs a fraction of a second compiled, seconds from sources) and
// replaced after a large upload (V8 keeps the heap a large extraction grew). A library in memory cannot be shared
// with a thread: there the work runs in process.
import type { Worker } from 'node:worker_threads';
import { LibraryError, type Library } from './db.js';
import { ingestUploadedFile, type UploadResult } from './ingest.js';
import { RECYCLE_BYTES, spawnWorker } from './pool.js';
import { ensureSearchIndex, type IndexSummary } from './search.js';

export type BackgroundJob = { op: 'upload'; name: string; path: string; sha: string; bytes: number; replace?: boolean } | { op: 'index' };

type Answer = { seq: number } & ({ ok: true; result: unknown } | { ok: false; library: boolean; error: string });

export class Background {
  private chain: Promise<unknown> = Promise.resolve();
  private worker: Worker | null = null;
  private seq = 0;
  private pending = 0;
  private closed = false;

  constructor(private readonly lib: Library) {}

  /**
   * Ingests an upload stored at `path` (`bytes` long, its sha256 `sha`); answers when it is stored. `replace`: a
   * text that is the same report as a stored one takes its place (ingest --replace).
   */
  upload(name: string, path: string, sha: string, bytes: number, replace = false): Promise<UploadResult> {
    const job = { op: 'upload' as const, name, path, sha, bytes, replace };
    return this.serial(() => (this.shared() ? this.inWorker(job) : ingestUploadedFile(this.lib, name, path, sha, { replace })));
  }

  /** Brings the search index up to date (SQLite; PostgreSQL keeps its own). */
  index(): Promise<IndexSummary> {
    return this.serial(async () => (this.shared() ? this.inWorker({ op: 'index' }) : ensureSearchIndex(this.lib)));
  }

  /** Ends the worker (a job it is doing is rolled back where not committed; what it committed stays). */
  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
    this.worker = null;
  }

  /** What another thread opens to reach the same library; null for one in memory. */
  private shared(): string | null {
    if (this.lib.backend === 'postgres') return this.lib.url;
    return this.lib.path === ':memory:' || this.lib.path === '' ? null : this.lib.path;
  }

  /** Closed: jobs that were running failed with it. */
  get stopped(): boolean {
    return this.closed;
  }

  /** Jobs queued or running. */
  get busy(): boolean {
    return this.pending > 0;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    this.pending++;
    const run = this.chain.then(fn, fn).finally(() => this.pending--);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private inWorker<T>(job: BackgroundJob): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the server is stopping'));
    const w = (this.worker ??= this.spawn());
    const seq = this.seq++;
    return new Promise<T>((resolve, reject) => {
      const stop = (e: Error) => {
        off();
        if (this.worker === w) this.worker = null;
        reject(e);
      };
      const onMessage = (a: Answer) => {
        if (a.seq !== seq) return;
        off();
        if (job.op === 'upload' && job.bytes >= RECYCLE_BYTES) void this.retire(w);
        if (a.ok) resolve(a.result as T);
        else reject(a.library ? new LibraryError(a.error) : new Error(a.error));
      };
      const onError = (e: Error) => stop(e);
      const onExit = (code: number) => stop(new Error(`background worker exited (${code})`));
      const off = () => (w.off('message', onMessage), w.off('error', onError), w.off('exit', onExit));
      w.on('message', onMessage).on('error', onError).on('exit', onExit);
      w.postMessage({ seq, job });
    });
  }

  /**
   * A new worker. One that ends between jobs (a crash, an exit) is forgotten at once: the next job starts another
   * instead of posting into a thread that can never answer (that upload waited for ever); and an error it raises
   * then is not thrown in the server's thread (a job's own listeners report errors during the job).
   */
  private spawn(): Worker {
    const w = spawnWorker('library-worker', this.shared());
    w.on('error', () => {});
    w.once('exit', () => {
      if (this.worker === w) this.worker = null;
    });
    return w;
  }

  private async retire(w: Worker): Promise<void> {
    if (this.worker === w) this.worker = null;
    await w.terminate();
  }
}
