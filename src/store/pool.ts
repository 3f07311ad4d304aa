// A pool of extraction workers (node:worker_threads). Compiled: runs dist/store/worker.js; from TypeScript
// sources (vitest, tsx) the worker loads worker.ts through the tsx loader.
import { Worker } from 'node:worker_threads';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { runTask, type Task, type TaskResult } from './tasks.js';

export interface Runner {
  run(task: Task, now: string): Promise<TaskResult>;
  close(): Promise<void>;
}

/** jobs = 0: extract on the main thread (debugging, tests). packTexts: rows for SQLite (tasks.ts). */
export function inlineRunner(packTexts = false): Runner {
  return { run: (task, now) => runTask(task, now, packTexts), close: async () => {} };
}

/** A worker thread running module `name` of this folder (compiled .js, or .ts through tsx's loader from sources). */
export function spawnWorker(name = 'worker', workerData?: unknown): Worker {
  const js = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { workerData });
  // Running from sources (vitest, tsx): register tsx's loader inside the worker, then load the .ts module.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const ts = new URL(`./${name}.ts`, import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

interface Job {
  seq: number;
  task: Task;
  now: string;
  resolve: (r: TaskResult) => void;
  /** The input's size: a worker that extracted a large one is replaced after it. */
  bytes: number;
}

/**
 * A worker that has extracted an input of this size or more is replaced by a fresh one: V8 keeps the heap a large
 * text grew (about 20 times the text) after the text is gone, and two workers each holding one took a batch past
 * 1.5 GB. A worker starts in about 0.2 s, against seconds for such a document.
 */
export const RECYCLE_BYTES = 8 * 1024 * 1024;

function inputBytes(task: Task): number {
  if (task.kind !== 'file') return 2 * (task.kind === 'row' ? task.raw.length : task.text.length);
  try {
    return statSync(task.path).size;
  } catch {
    return 0;
  }
}

/** Longest one document may take before its worker is replaced (a runaway regex must not stall a batch). */
export const DOCUMENT_TIMEOUT_MS = 120_000;

/**
 * Documents queued inside each worker. A worker that had to ask the main thread for its next document would sit
 * idle while the main thread is busy writing (its message waits for the event loop); with a few queued it
 * goes straight on.
 */
const QUEUE_DEPTH = 4;

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker, in the order it works through them; the head is the one being extracted. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
}

/** Every job in hand or waiting fails with 'worker stopped', and the workers end. */
async function stopAll(slots: Slot[], waiting: Job[]): Promise<void> {
  for (const slot of slots) {
    if (slot.timer) clearTimeout(slot.timer);
    for (const job of slot.jobs.splice(0)) job.resolve({ ok: false, error: 'worker stopped' });
  }
  for (const job of waiting.splice(0)) job.resolve({ ok: false, error: 'worker stopped' });
  await Promise.all(slots.map((s) => s.worker.terminate()));
}

export function workerPool(size: number, timeoutMs = DOCUMENT_TIMEOUT_MS, packTexts = false): Runner {
  const pool = new WorkerPool(timeoutMs, packTexts);
  for (let i = 0; i < Math.max(1, size); i++) pool.spawn();
  return { run: (task, now) => pool.run(task, now), close: () => pool.close() };
}

/** The workers, each with its queue of jobs, and the jobs waiting for a place. */
class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private seq = 0;
  private closing = false;
  private bootFailures = 0;
  private fatal: string | null = null;

  constructor(
    private readonly timeoutMs: number,
    private readonly packTexts: boolean,
  ) {}

  run(task: Task, now: string): Promise<TaskResult> {
    return new Promise<TaskResult>((resolve) => {
      const job: Job = { seq: this.seq++, task, now, resolve, bytes: inputBytes(task) };
      if (this.fatal || this.slots.length === 0) return resolve({ ok: false, error: this.fatal ?? 'no extraction worker' });
      // The least loaded worker with room takes it (or a job that waited before it); otherwise it waits.
      this.waiting.push(job);
      for (const slot of [...this.slots].sort((a, b) => a.jobs.length - b.jobs.length)) this.fill(slot);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await stopAll(this.slots, this.waiting);
  }

  spawn(): void {
    const slot: Slot = { worker: spawnWorker(), jobs: [], timer: null };
    this.slots.push(slot);
    slot.worker.on('message', (msg: { seq: number; result: TaskResult }) => this.answered(slot, msg));
    slot.worker.on('error', (err) => this.replace(slot, `worker crashed: ${err.message.split('\n')[0]}`));
    slot.worker.on('exit', () => {
      if (!this.closing) this.replace(slot, 'worker exited');
    });
    this.fill(slot);
  }

  private answered(slot: Slot, msg: { seq: number; result: TaskResult }): void {
    this.bootFailures = 0;
    const job = slot.jobs.shift();
    if (!job || job.seq !== msg.seq) return; // a late answer from a job already failed over
    this.arm(slot);
    job.resolve(msg.result);
    if (job.bytes >= RECYCLE_BYTES && !this.closing) this.retire(slot);
    else this.fill(slot);
  }

  // The head job's clock starts when it reaches the head (the worker works through its queue in order).
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = slot.jobs.length
      ? setTimeout(() => this.replace(slot, `extraction timed out after ${this.timeoutMs / 1000}s`), this.timeoutMs)
      : null;
  }

  private send(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    if (slot.jobs.length === 1) this.arm(slot);
    slot.worker.postMessage({ seq: job.seq, task: job.task, now: job.now, packTexts: this.packTexts });
  }

  /**
   * Large inputs are extracted one at a time: two workers each growing a heap of about 20 times a large text took
   * a batch of hostile files past 1 GB. Smaller jobs pass a large one that waits.
   */
  private mayStart(job: Job): boolean {
    return job.bytes < RECYCLE_BYTES || !this.slots.some((s) => s.jobs.some((j) => j.bytes >= RECYCLE_BYTES));
  }

  private fill(slot: Slot): void {
    while (slot.jobs.length < QUEUE_DEPTH) {
      const next = this.waiting.findIndex((j) => this.mayStart(j));
      if (next < 0) return;
      this.send(slot, this.waiting.splice(next, 1)[0]);
    }
  }

  /** Takes a worker out of the pool: its timer stopped, the worker ended. False when it was already out. */
  private remove(slot: Slot): boolean {
    const i = this.slots.indexOf(slot);
    if (i < 0) return false;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    return true;
  }

  /** The worker failed: its current job fails with `error`, the jobs queued behind it go to another worker. */
  private replace(slot: Slot, error: string): void {
    if (!this.remove(slot)) return;
    void slot.worker.terminate();
    const [current, ...queued] = slot.jobs;
    slot.jobs = [];
    this.waiting.unshift(...queued);
    current?.resolve({ ok: false, error });
    if (this.closing) return;
    // A worker that dies without a document failed to start: give up after a few, failing what waits.
    if (!current && ++this.bootFailures >= 3) {
      this.fatal = `extraction workers cannot start: ${error}`;
      for (const job of this.waiting.splice(0)) job.resolve({ ok: false, error: this.fatal });
      return;
    }
    this.spawn();
  }

  /** Replaces a worker that is done with its job (its queued ones go first to the others). */
  private retire(slot: Slot): void {
    if (!this.remove(slot)) return;
    this.waiting.unshift(...slot.jobs);
    slot.jobs = [];
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.spawn();
    for (const other of this.slots) this.fill(other);
  }
}
