// A pool of extraction workers (node:worker_threads). Compiled: runs dist/store/worker.js; from TypeScript
// sources (vitest, tsx) the worker loads worker.ts through the tsx loader.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { runTask, type Task, type TaskResult } from './tasks.js';

export interface Runner {
  run(task: Task, now: string): Promise<TaskResult>;
  close(): Promise<void>;
}

/** jobs = 0: extract on the main thread (debugging, tests). */
export function inlineRunner(): Runner {
  return { run: (task, now) => runTask(task, now), close: async () => {} };
}

function spawnWorker(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  // Running from sources (vitest, tsx): register tsx's loader inside the worker, then load worker.ts.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const ts = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(boot, { eval: true });
}

interface Job {
  seq: number;
  task: Task;
  now: string;
  resolve: (r: TaskResult) => void;
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

export function workerPool(size: number, timeoutMs = DOCUMENT_TIMEOUT_MS): Runner {
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let seq = 0;
  let closing = false;
  let bootFailures = 0;
  let fatal: string | null = null;

  // The head job's clock starts when it reaches the head (the worker works through its queue in order).
  const arm = (slot: Slot): void => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = slot.jobs.length
      ? setTimeout(() => replace(slot, `extraction timed out after ${timeoutMs / 1000}s`), timeoutMs)
      : null;
  };
  const send = (slot: Slot, job: Job): void => {
    slot.jobs.push(job);
    if (slot.jobs.length === 1) arm(slot);
    slot.worker.postMessage({ seq: job.seq, task: job.task, now: job.now });
  };
  const fill = (slot: Slot): void => {
    while (slot.jobs.length < QUEUE_DEPTH && waiting.length) send(slot, waiting.shift()!);
  };
  /** The worker failed: its current job fails with `error`, the jobs queued behind it go to another worker. */
  const replace = (slot: Slot, error: string): void => {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const [current, ...queued] = slot.jobs;
    slot.jobs = [];
    waiting.unshift(...queued);
    current?.resolve({ ok: false, error });
    if (closing) return;
    // A worker that dies without a document failed to start: give up after a few, failing what waits.
    if (!current && ++bootFailures >= 3) {
      fatal = `extraction workers cannot start: ${error}`;
      for (const job of waiting.splice(0)) job.resolve({ ok: false, error: fatal });
      return;
    }
    spawn();
  };
  const spawn = (): void => {
    const slot: Slot = { worker: spawnWorker(), jobs: [], timer: null };
    slots.push(slot);
    slot.worker.on('message', (msg: { seq: number; result: TaskResult }) => {
      bootFailures = 0;
      const job = slot.jobs.shift();
      if (!job || job.seq !== msg.seq) return; // a late answer from a job already failed over
      arm(slot);
      job.resolve(msg.result);
      fill(slot);
    });
    slot.worker.on('error', (err) => replace(slot, `worker crashed: ${err.message.split('\n')[0]}`));
    slot.worker.on('exit', () => {
      if (!closing) replace(slot, 'worker exited');
    });
    fill(slot);
  };
  for (let i = 0; i < Math.max(1, size); i++) spawn();

  return {
    run(task, now) {
      return new Promise<TaskResult>((resolve) => {
        const job: Job = { seq: seq++, task, now, resolve };
        if (fatal || slots.length === 0) return resolve({ ok: false, error: fatal ?? 'no extraction worker' });
        // The least loaded worker takes it if it has room; otherwise it waits for the first free place.
        const slot = slots.reduce((a, b) => (b.jobs.length < a.jobs.length ? b : a));
        if (slot.jobs.length < QUEUE_DEPTH && waiting.length === 0) send(slot, job);
        else waiting.push(job);
      });
    },
    async close() {
      closing = true;
      await stopAll(slots, waiting);
    },
  };
}
