// Parallel ingestion on PostgreSQL with pg-boss: `ingest --queue` stages each input (its bytes, or a collection
// row) in the database and enqueues one job per input; `worker` processes, on any machine that reaches the
// database, fetch jobs, extract and store. Nothing needs a shared disk.
//
// No duplicates, by three locks that each hold alone: a job's id is derived from its input's hash (two
// ingesters enqueue the same file once: pg-boss inserts ON CONFLICT DO NOTHING), the staged input's key is that
// hash, and the documents row's unique text hash lets only one of two writers store a text (postgres/writer.ts).
// A worker killed mid-document leaves its job active; when the job's expiry passes, pg-boss's maintenance
// (run by any live worker) puts it back for another worker to retry.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import PgBoss from 'pg-boss';
import { sql } from 'kysely';
import type { PostgresLibrary } from '../db.js';
import { DEFAULT_MAX_BYTES } from '../../text/load.js';
import { knownSha256 } from '../repo.js';
import { planInputs, type ColumnMapping, type ProgressSink } from '../ingest.js';
import { runTask, sha256Hex, type Task, type TaskResult } from '../tasks.js';
import { workerPool, type Runner } from '../pool.js';
import { postgresWriter } from './writer.js';
import type { DocumentWriter } from '../sqlite-writer.js';
import { applyCorrections } from '../corrections.js';
import { analyze } from '../db.js';

export const QUEUE = 'workreport-ingest';
const SCHEMA = 'pgboss';

/** Seconds a job may stay active before it counts as abandoned and is retried (a document takes milliseconds). */
export const expireSeconds = (env = process.env) => Math.max(1, Number(env.WORKREPORT_QUEUE_EXPIRE_SECONDS) || 300);
/** How often a worker runs pg-boss's maintenance (which retries expired jobs). */
const maintenanceSeconds = (env = process.env) => Math.max(1, Number(env.WORKREPORT_QUEUE_MAINTENANCE_SECONDS) || 30);
const RETRY_LIMIT = 3;

/**
 * Jobs taken per fetch. pg-boss's fetch sorts every waiting job of the queue to pick the first (priority, then
 * age): with 75,000 waiting that is 170 ms a fetch, more than a document's extraction and write together, so a
 * worker takes a few seconds' work at once rather than two documents. A worker killed mid-batch leaves the
 * batch's jobs active until they expire and are retried, as it would one.
 */
export const fetchBatch = (concurrency: number): number => Math.max(16, concurrency * 4);

/** Inputs waiting for a worker: a file's bytes and name, or a collection row's task. Deleted once stored. */
async function ensureStaging(lib: PostgresLibrary): Promise<void> {
  // IF NOT EXISTS is not safe against a second process doing the same at the same moment: take a lock first.
  await lib.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('workreport.ingest_inputs'))`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS ingest_inputs (
    id text PRIMARY KEY,
    label text NOT NULL,
    name text,
    bytes bytea,
    task text,
    enqueued_at timestamptz NOT NULL DEFAULT now()
  )`.execute(trx);
  });
}

/** A UUID made from a hash: the same input always gets the same job id. */
export function jobId(sha: string): string {
  const h = sha256Hex(`workreport-job:${sha}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function startBoss(lib: PostgresLibrary, opts: { supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: lib.url,
    schema: SCHEMA,
    max: 4,
    supervise: opts.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: maintenanceSeconds(),
    application_name: 'workreport-queue',
  } as PgBoss.ConstructorOptions);
  boss.on('error', () => {}); // maintenance hiccups (a lost connection) are retried by pg-boss itself
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    // pg-boss's createQueue is not safe against a second process creating the same queue at the same moment
    // (they deadlock on its partition): one at a time, under a session lock on a connection of our own.
    const client = await lib.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock(hashtext('workreport.queue'))");
      if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRY_LIMIT, expireInSeconds: expireSeconds() });
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('workreport.queue'))").catch(() => {});
      client.release();
    }
  }
  return boss;
}

export interface EnqueueSummary {
  queued: number;
  /** Already in the queue (another ingest enqueued the same input) or already in the library. */
  skipped: number;
  failed: number;
  seconds: number;
}

type JobData = { input: string };

/** `ingest --queue`: stages and enqueues every input; workers do the rest. */
export async function enqueue(lib: PostgresLibrary, inputs: string[], opts: { mapping?: ColumnMapping; progress?: ProgressSink; glob?: boolean } = {}): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const sink = opts.progress ?? { grow() {}, done() {}, error() {} };
  await ensureStaging(lib);
  const boss = await startBoss(lib);
  const sum: EnqueueSummary = { queued: 0, skipped: 0, failed: 0, seconds: 0 };
  try {
    const known = await knownSha256(lib.db);
    for await (const item of planInputs(inputs, opts.mapping ?? {}, known, sink, { glob: opts.glob })) {
      if (item.error !== undefined) {
        sum.failed++;
        sink.error(`${item.label}: ${item.error}`);
        sink.done('failed');
        continue;
      }
      if (!item.task) {
        sum.skipped++;
        sink.done('unchanged');
        continue;
      }
      const staged = await stage(lib, item.label, item.task);
      if ('error' in staged) {
        sum.failed++;
        sink.error(`${item.label}: ${staged.error}`);
        sink.done('failed');
        continue;
      }
      const id = await boss.send(QUEUE, { input: staged.id } satisfies JobData, { id: jobId(staged.id), retryLimit: RETRY_LIMIT, expireInSeconds: expireSeconds() });
      // The job id is the input's: of two ingesters enqueuing one file, exactly one gets an id back.
      if (id) sum.queued++;
      else sum.skipped++;
      sink.done(id ? 'added' : 'unchanged');
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}

/** Puts one input in ingest_inputs; a file that cannot be staged is read here for the loader's reason. */
async function stage(lib: PostgresLibrary, label: string, task: Task): Promise<{ id: string } | { error: string }> {
  if (task.kind === 'file') {
    let bytes: Buffer | null = null;
    try {
      const st = statSync(task.path);
      if (st.isFile() && st.size > 0 && st.size <= DEFAULT_MAX_BYTES) bytes = readFileSync(task.path);
    } catch {
      // the loader says why
    }
    if (!bytes) {
      const r = await runTask(task, new Date().toISOString());
      return { error: r.ok ? 'cannot be read for the queue' : r.error };
    }
    const id = sha256Hex(bytes);
    await lib.db.insertInto('ingest_inputs' as any).values({ id, label, name: basename(task.path), bytes }).onConflict((oc) => oc.doNothing()).execute();
    return { id };
  }
  if (task.kind !== 'row') return { error: 'not an input' };
  const id = task.source.sha256;
  await lib.db.insertInto('ingest_inputs' as any).values({ id, label, task: JSON.stringify(task) }).onConflict((oc) => oc.doNothing()).execute();
  return { id };
}

export interface WorkerOptions {
  concurrency?: number;
  /** Stop when the queue has nothing waiting or running (scripts, tests, benchmarks). */
  untilIdle?: boolean;
  progress?: ProgressSink;
  /** Told after each document (for the log line). */
  onDocument?: (label: string, outcome: string) => void;
  signal?: AbortSignal;
}

export interface WorkerSummary {
  added: number;
  unchanged: number;
  failed: number;
  seconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `workreport worker`: fetches jobs until stopped (or, with untilIdle, until the queue is empty). */
export async function runWorker(lib: PostgresLibrary, opts: WorkerOptions = {}): Promise<WorkerSummary> {
  const t0 = performance.now();
  const concurrency = Math.max(1, opts.concurrency ?? 2);
  await ensureStaging(lib);
  const boss = await startBoss(lib, { supervise: true });
  const runner: Runner = workerPool(concurrency);
  const writer = postgresWriter(lib);
  const sum: WorkerSummary = { added: 0, unchanged: 0, failed: 0, seconds: 0 };
  const delay = Number(process.env.WORKREPORT_WORKER_DELAY_MS) || 0; // slows each job (demonstrations, the kill test)
  let sinceTidy = 0;
  const tidy = async () => {
    if (sinceTidy === 0) return;
    sinceTidy = 0;
    await applyCorrections(lib.db);
    await analyze(lib);
    // Inputs staged again by an ingester that raced a worker storing them: already in the library.
    await sql`DELETE FROM ingest_inputs WHERE id IN (SELECT sha256 FROM documents)`.execute(lib.db);
  };
  try {
    while (!opts.signal?.aborted) {
      const jobs = await boss.fetch<JobData>(QUEUE, { batchSize: fetchBatch(concurrency) });
      if (jobs.length === 0) {
        await tidy();
        if (opts.untilIdle && (await pendingJobs(lib)) === 0) break;
        await sleep(250);
        continue;
      }
      try {
        const outcomes = await processJobs(lib, jobs.map((j) => j.data.input), runner, writer, opts, delay);
        await completeJobs(lib, boss, jobs, outcomes);
        for (const o of outcomes) {
          if (o.outcome === 'added') sum.added++;
          else if (o.outcome === 'failed') sum.failed++;
          else sum.unchanged++;
        }
        sinceTidy += jobs.length;
      } catch (e) {
        // The database (not an input) failed: pg-boss retries the jobs up to their limit.
        const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
        await settleMany(boss, 'fail', jobs.map((j) => j.id), { message }).catch(() => {});
      }
    }
    await tidy();
  } finally {
    await runner.close();
    await boss.stop({ graceful: false, wait: true });
  }
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}

/** pg-boss completes or fails many jobs with one output in one statement; its types know only one job with an output. */
const settleMany = (boss: PgBoss, how: 'complete' | 'fail', ids: string[], data: object): Promise<unknown> =>
  (boss[how] as unknown as (name: string, ids: string[], data: object) => Promise<unknown>).call(boss, QUEUE, ids, data);

type JobOutcome = { outcome: 'added' | 'unchanged' | 'failed'; label: string; document?: string; error?: string };
type StagedInput = { id: string; label: string; name: string | null; bytes: Buffer | null; task: string | null };

/** A staged input extracted: a file's bytes through the loader (under its own name), a collection row as it was. */
async function extractInput(row: StagedInput, runner: Runner, now: string): Promise<TaskResult> {
  if (!row.bytes) return runner.run(JSON.parse(row.task!) as Task, now);
  // The loader reads a file (its extension tells the format): a private copy under the original name.
  const dir = await mkdtemp(join(tmpdir(), 'workreport-job-'));
  try {
    const path = join(dir, basename(row.name ?? 'input.txt'));
    await writeFile(path, row.bytes, { mode: 0o600 });
    const result = await runner.run({ kind: 'file', path }, now);
    if (result.ok) result.rows.document.source_path = row.label;
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The jobs' inputs, read in one query, extracted side by side and stored as one batch (one transaction); the
 * outcome of each, in order. A document the database refuses fails its job (thrown: retried) alone.
 */
async function processJobs(lib: PostgresLibrary, inputs: string[], runner: Runner, writer: DocumentWriter, opts: WorkerOptions, delay: number): Promise<JobOutcome[]> {
  const rows = (await lib.db.selectFrom('ingest_inputs' as any).selectAll().where('id', 'in', inputs).execute()) as StagedInput[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const now = new Date().toISOString();
  if (delay) await sleep(delay);
  const results = await Promise.all(inputs.map((id) => (byId.has(id) ? extractInput(byId.get(id)!, runner, now) : null)));
  const ready = results.flatMap((r, i) => (r?.ok ? [{ i, rows: r.rows }] : []));
  const written = ready.length ? await writer.addMany(ready.map((x) => x.rows)) : [];
  const stored = new Map(ready.map((x, k) => [x.i, written[k]]));
  return inputs.map((id, i): JobOutcome => {
    const row = byId.get(id);
    const r = results[i];
    if (!row || !r) return { outcome: 'unchanged', label: id }; // stored by an earlier attempt that died before completing
    if (!r.ok) {
      opts.progress?.error(`${row.label}: ${r.error}`);
      opts.onDocument?.(row.label, 'failed');
      return { outcome: 'failed', label: row.label, error: r.error };
    }
    if (r.warning) opts.progress?.warn?.(`${row.label}: ${r.warning}`);
    const w = stored.get(i)!;
    if (typeof w === 'object') throw w.error;
    opts.onDocument?.(row.label, w);
    return { outcome: w, label: row.label, document: r.rows.document.id };
  });
}

/** Marks the jobs done (one statement per outcome; an unreadable input's job with its label and reason, for status) and drops their inputs. */
async function completeJobs(lib: PostgresLibrary, boss: PgBoss, jobs: Array<PgBoss.Job<JobData>>, outcomes: JobOutcome[]): Promise<void> {
  for (const kind of ['added', 'unchanged'] as const) {
    const done = jobs.filter((_j, i) => outcomes[i].outcome === kind).map((j) => j.id);
    if (done.length) await settleMany(boss, 'complete', done, { outcome: kind });
  }
  for (const [i, o] of outcomes.entries()) if (o.outcome === 'failed') await boss.complete(QUEUE, jobs[i].id, o);
  await lib.db.deleteFrom('ingest_inputs' as any).where('id', 'in', jobs.map((j) => j.data.input)).execute();
}

/** Jobs waiting or running (created, retry, active). */
async function pendingJobs(lib: PostgresLibrary): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.id(SCHEMA, 'job')} WHERE name = ${QUEUE} AND state IN ('created', 'retry', 'active')`.execute(lib.db);
  return r.rows[0].n;
}

export interface QueueStatus {
  /** Jobs by pg-boss state: created, retry, active, completed, failed, cancelled. */
  jobs: Record<string, number>;
  /** Inputs that could not be read (completed with an error), most recent first. */
  inputErrors: Array<{ label: string; error: string; at: string }>;
  /** Jobs the database failed on after every retry. */
  failedJobs: Array<{ input: string; error: string; at: string }>;
  documents: number;
  /** Documents stored in the last minute (all workers). */
  lastMinute: number;
}

/** `workreport status`: the queue and the library, as every machine sees them. */
export async function queueStatus(lib: PostgresLibrary): Promise<QueueStatus> {
  const exists = (await sql<{ t: string | null }>`SELECT to_regclass(${SCHEMA + '.job'})::text AS t`.execute(lib.db)).rows[0].t;
  const jobs: Record<string, number> = { created: 0, retry: 0, active: 0, completed: 0, failed: 0 };
  let inputErrors: QueueStatus['inputErrors'] = [];
  let failedJobs: QueueStatus['failedJobs'] = [];
  if (exists) {
    const tables = [sql.id(SCHEMA, 'job'), sql.id(SCHEMA, 'archive')];
    for (const t of tables) {
      const r = await sql<{ state: string; n: number }>`SELECT state::text, count(*)::int AS n FROM ${t} WHERE name = ${QUEUE} GROUP BY state`.execute(lib.db);
      for (const { state, n } of r.rows) jobs[state] = (jobs[state] ?? 0) + n;
    }
    const union = sql`(SELECT state::text AS state, output, data, completed_on FROM ${tables[0]} WHERE name = ${QUEUE} UNION ALL SELECT state::text, output, data, completed_on FROM ${tables[1]} WHERE name = ${QUEUE}) j`;
    inputErrors = (
      await sql<{ label: string; error: string; at: string }>`SELECT output->>'label' AS label, output->>'error' AS error, completed_on::text AS at FROM ${union}
        WHERE state = 'completed' AND output->>'outcome' = 'failed' ORDER BY completed_on DESC LIMIT 20`.execute(lib.db)
    ).rows;
    failedJobs = (
      await sql<{ input: string; error: string; at: string }>`SELECT data->>'input' AS input, coalesce(output->>'message', output::text) AS error, completed_on::text AS at FROM ${union}
        WHERE state = 'failed' ORDER BY completed_on DESC LIMIT 20`.execute(lib.db)
    ).rows;
  }
  const docs = (await sql<{ n: number; recent: number }>`SELECT count(*)::int AS n, count(*) FILTER (WHERE ingested_at >= ${new Date(Date.now() - 60_000).toISOString()})::int AS recent FROM documents`.execute(lib.db)).rows[0];
  return { jobs, inputErrors, failedJobs, documents: docs.n, lastMinute: docs.recent };
}
