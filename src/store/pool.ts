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

export function workerPool(size: number, timeoutMs = DOCUMENT_TIMEOUT_MS): Runner {
  const idle: Worker[] = [];
  const busy = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
  const waiting: Job[] = [];
  let seq = 0;
  let closing = false;
  let live = 0;
  let bootFailures = 0;
  let fatal: string | null = null;

  const finish = (w: Worker, result: TaskResult | null): void => {
    const b = busy.get(w);
    if (!b) return;
    clearTimeout(b.timer);
    busy.delete(w);
    b.job.resolve(result ?? { ok: false, error: 'worker stopped' });
  };
  const replace = (w: Worker, error: string): void => {
    const hadJob = busy.has(w);
    finish(w, { ok: false, error });
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
    live--;
    void w.terminate();
    if (closing) return;
    // A worker that dies without a document failed to start: give up after a few, failing what waits.
    if (!hadJob && ++bootFailures >= 3) {
      fatal = `extraction workers cannot start: ${error}`;
      for (const job of waiting.splice(0)) job.resolve({ ok: false, error: fatal });
      return;
    }
    spawn();
  };
  const spawn = (): void => {
    const w = spawnWorker();
    live++;
    w.on('message', (msg: { seq: number; result: TaskResult }) => {
      bootFailures = 0;
      finish(w, msg.result);
      next(w);
    });
    w.on('error', (err) => replace(w, `worker crashed: ${err.message.split('\n')[0]}`));
    w.on('exit', () => {
      if (!closing && (busy.has(w) || idle.includes(w))) replace(w, 'worker exited');
    });
    next(w);
  };
  const assign = (w: Worker, job: Job): void => {
    const timer = setTimeout(() => replace(w, `extraction timed out after ${timeoutMs / 1000}s`), timeoutMs);
    busy.set(w, { job, timer });
    w.postMessage({ seq: job.seq, task: job.task, now: job.now });
  };
  const next = (w: Worker): void => {
    const job = waiting.shift();
    if (job) assign(w, job);
    else idle.push(w);
  };
  for (let i = 0; i < Math.max(1, size); i++) spawn();

  return {
    run(task, now) {
      return new Promise<TaskResult>((resolve) => {
        const job: Job = { seq: seq++, task, now, resolve };
        if (fatal || live === 0) return resolve({ ok: false, error: fatal ?? 'no extraction worker' });
        const w = idle.pop();
        if (w) assign(w, job);
        else waiting.push(job);
      });
    },
    async close() {
      closing = true;
      for (const w of busy.keys()) finish(w, null);
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
