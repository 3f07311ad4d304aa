// A worker thread doing one piece of a server's heavy work on a connection of its own (store/background.ts): an
// upload's ingest or a search-index update. It opens the library, does the job, answers once and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { LibraryError, openLibrary } from './db.js';
import { ingestUploadedFile } from './ingest.js';
import { ensureSearchIndex } from './search.js';
import type { BackgroundJob } from './background.js';

async function run(job: BackgroundJob): Promise<unknown> {
  const lib = await openLibrary(job.library, { check: false, migrate: false });
  try {
    if (job.op === 'upload') return await ingestUploadedFile(lib, job.name, job.path, job.sha);
    return ensureSearchIndex(lib);
  } finally {
    await lib.close();
  }
}

run(workerData as BackgroundJob).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (err: unknown) => parentPort!.postMessage({ ok: false, library: err instanceof LibraryError, error: err instanceof Error ? err.message : String(err) }),
);
