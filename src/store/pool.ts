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

export function workerPool(size: number): Runner {
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const waiting: Job[] = [];
  let seq = 0;
  let closing = false;

  const spawn = (): void => {
    const w = spawnWorker();
    w.on('message', (msg: { seq: number; result: TaskResult }) => {
      const job = busy.get(w);
      busy.delete(w);
      job?.resolve(msg.result);
      next(w);
    });
    w.on('error', (err) => {
      // A crashed worker fails its current document only; a fresh worker takes its place.
      const job = busy.get(w);
      busy.delete(w);
      job?.resolve({ ok: false, error: `worker crashed: ${err.message.split('\n')[0]}` });
      if (!closing) spawn();
    });
    next(w);
  };
  const next = (w: Worker): void => {
    const job = waiting.shift();
    if (!job) {
      idle.push(w);
      return;
    }
    busy.set(w, job);
    w.postMessage({ seq: job.seq, task: job.task, now: job.now });
  };
  for (let i = 0; i < Math.max(1, size); i++) spawn();

  return {
    run(task, now) {
      return new Promise<TaskResult>((resolve) => {
        const job: Job = { seq: seq++, task, now, resolve };
        const w = idle.pop();
        if (w) {
          busy.set(w, job);
          w.postMessage({ seq: job.seq, task, now });
        } else waiting.push(job);
      });
    },
    async close() {
      closing = true;
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
