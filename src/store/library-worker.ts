// The worker thread doing a server's heavy work on a connection of its own (store/background.ts): an upload's
// ingest or a search-index update, one job at a time as they come; the library is opened at the first job and
// kept open.
import { parentPort, workerData } from 'node:worker_threads';
import { LibraryError, openLibrary, type Library } from './db.js';
import { ingestUploadedFile } from './ingest.js';
import { ensureSearchIndex } from './search.js';
import type { BackgroundJob } from './background.js';

let lib: Promise<Library> | null = null;

async function run(job: BackgroundJob): Promise<unknown> {
  lib ??= openLibrary(workerData as string, { check: false, migrate: false });
  const l = await lib;
  if (job.op === 'upload') return await ingestUploadedFile(l, job.name, job.path, job.sha, { replace: job.replace });
  return ensureSearchIndex(l);
}

let chain: Promise<void> = Promise.resolve();
parentPort!.on('message', (msg: { seq: number; job: BackgroundJob }) => {
  chain = chain.then(() =>
    run(msg.job).then(
      (result) => parentPort!.postMessage({ seq: msg.seq, ok: true, result }),
      (err: unknown) => parentPort!.postMessage({ seq: msg.seq, ok: false, library: err instanceof LibraryError, error: err instanceof Error ? err.message : String(err) }),
    ),
  );
});
