// Extraction worker: receives tasks, returns table rows. The main thread does every database write.
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './tasks.js';

parentPort?.on('message', async (msg: { seq: number; task: Task; now: string }) => {
  const result = await runTask(msg.task, msg.now);
  parentPort!.postMessage({ seq: msg.seq, result });
});
