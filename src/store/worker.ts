// Extraction worker: receives tasks, returns table rows. The main thread does every database write.
// Tasks are worked through one at a time in arrival order (the pool times the oldest one and expects its
// answer first), even though a file task awaits its read.
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './tasks.js';

let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (msg: { seq: number; task: Task; now: string; packTexts: boolean }) => {
  chain = chain.then(async () => {
    const result = await runTask(msg.task, msg.now, msg.packTexts);
    parentPort!.postMessage({ seq: msg.seq, result });
  });
});
