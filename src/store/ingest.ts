// Ingest and reindex: extraction fans out to worker threads, results come back and are written IN INPUT ORDER
// by this thread, each document all-or-nothing, committed in small batches (sqlite-writer.ts). In-order writing
// makes the library a function of the inputs: an interrupted run followed by a rerun ends exactly where one
// clean run does (same first-wins on duplicates).
import { sql, type SqlBool } from 'kysely';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../text/load.js';
import { applyCorrections } from './corrections.js';
import { availableParallelism } from 'node:os';
import { analyze, checkBeforeWriting, libraryError, LibraryError, type Library } from './db.js';
import { expandInputs, type ExpandOptions } from './inputs.js';
import { getDocument, knownSha256, staleDocumentIds } from './repo.js';
import { sqliteWriter, type DocumentWriter } from './sqlite-writer.js';
import { postgresWriter } from './postgres/writer.js';
import { sha256Hex, type Hints, type Source } from './rows.js';
import { markSuperseded, writeChecked, type SameReport } from './same-report.js';
import { inlineRunner, workerPool, type Runner } from './pool.js';
import type { Task, TaskResult } from './tasks.js';
import { EXTRACTOR_VERSION, InputError, readCollection, type ColumnMapping } from './engine.js';

/** Collection column names (--text --year --region --title --id). Unset: the collection reader's defaults. */
export type { ColumnMapping };

/** 'duplicate': the same report as a stored one of its region-year, which was kept (same-report.ts). */
export type Outcome = 'added' | 'unchanged' | 'failed' | 'replaced' | 'merged' | 'duplicate';

export interface ProgressSink {
  /** Called when more inputs are known (collections grow the total as they are read). */
  grow(n: number): void;
  done(outcome: Outcome): void;
  /** One `file: reason` line per failed document. */
  error(line: string): void;
  /** One `file: reason` line per document stored with a doubt (it does not read like a work report). */
  warn?(line: string): void;
}

export interface IngestOptions {
  jobs?: number;
  mapping?: ColumnMapping;
  /** Every input is a glob pattern, even a name that exists (`ingest --glob`). */
  glob?: boolean;
  /** Collect the documents' ids and the known inputs' hashes in the summary (an upload lists its documents). */
  collect?: boolean;
  /** Input bytes in flight at most (default IN_FLIGHT_BYTES); the extraction runner (default: worker threads). */
  inFlightBytes?: number;
  runner?: Runner;
  progress?: ProgressSink;
  /** The same report as a stored one of its region-year replaces it (`ingest --replace`); else the stored one stays. */
  replace?: boolean;
}

export interface IngestSummary {
  /** The library's documents for these inputs: those written, and those already there with the same text. */
  ids?: string[];
  /** Inputs skipped because the library holds their bytes already (sha256 of a file, or of a row's text). */
  knownSha256?: string[];
  /** New texts with a stored report of their region-year beside them: the same report, or a conflict (same-report.ts). */
  sameReports?: SameReport[];
  added: number;
  unchanged: number;
  failed: number;
  seconds: number;
}

const silent: ProgressSink = { grow() {}, done() {}, error() {} };

export function defaultJobs(): number {
  return availableParallelism();
}

/** The extraction runner for `lib`: rows for SQLite come with their text packed by the workers (texts.ts). */
function runnerFor(jobs: number | undefined, lib: Library): Runner {
  const n = jobs ?? defaultJobs();
  const packTexts = lib.backend === 'sqlite';
  return n <= 0 ? inlineRunner(packTexts) : workerPool(n, undefined, packTexts);
}

type Pending = {
  label: string;
  result: Promise<TaskResult | 'known'>;
  oldId?: string;
  /** The result once it is in (a batch takes the results already in behind the head). */
  settled?: TaskResult | 'known';
  /** Input bytes, counted against IN_FLIGHT_BYTES. */
  bytes?: number;
  /** The original's sha256, for a known one. */
  sha?: string;
  /** Reindex: the report the old one gave way to (kept: reindex keeps the region-year's choice). */
  superseded?: string | null;
};
type Write = (items: Array<{ r: TaskResult & { ok: true }; p: Pending }>) => Promise<Array<Outcome | { error: unknown }>>;

/**
 * Input bytes in flight at most (dispatched and not yet written), beside the count window: extraction takes about
 * 20 times a text's size, so sixteen 20 MB files at once took the batch past 6 GB and it was killed with nothing
 * committed. A larger input waits until the ones before it are written and then goes alone.
 */
export const IN_FLIGHT_BYTES = 24 * 1024 * 1024;

/** Writes the oldest results until `bytes` more fit within `limit` (or nothing is in flight). */
async function admit(queue: Pending[], bytes: number, limit: number, sum: IngestSummary, sink: ProgressSink, write: Write): Promise<void> {
  const inFlight = (): number => queue.reduce((n, p) => n + (p.bytes ?? 0), 0);
  while (queue.length && inFlight() + bytes > limit) await drain(queue, queue.length - 1, sum, sink, write);
}

/** Non-empty lines of a file, read in 1 MB chunks (a collection may be far larger than memory should hold). */
function countLines(path: string): number {
  if (!statSync(path).isFile()) return 1;
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let n = 0;
  let lineLength = 0;
  try {
    for (let read = readSync(fd, buf); read > 0; read = readSync(fd, buf)) {
      for (let i = 0; i < read; i++) {
        if (buf[i] === 10) {
          if (lineLength > 1) n++;
          lineLength = 0;
        } else lineLength++;
      }
    }
  } finally {
    closeSync(fd);
  }
  return n + (lineLength > 1 ? 1 : 0);
}

/** What to extract, in order. Known originals (same sha256) are skipped before any extraction. */
export async function* planInputs(
  inputs: string[],
  mapping: ColumnMapping,
  known: Set<string>,
  sink: ProgressSink,
  expand: ExpandOptions = {},
): AsyncGenerator<{ label: string; task: Task | null; error?: string; bytes?: number; sha?: string }> {
  const { files, missing } = expandInputs(inputs, process.cwd(), expand);
  // jsonl rows are counted up front (one a line) so the ETA is right from the start; csv rows as they come.
  const precounted = new Set<string>();
  let total = 0;
  for (const f of files) {
    if (f.collection && /\.(jsonl|ndjson)$/i.test(f.path)) {
      try {
        total += countLines(f.path);
        precounted.add(f.path);
        continue;
      } catch {
        // counted as one; the reader reports the problem
      }
    }
    total++;
  }
  sink.grow(total + missing.length);
  for (const m of missing) yield { label: m.input, task: null, error: m.reason };
  for (const f of files) {
    if (!f.collection) {
      let sha: string | null = null;
      let bytes = 0;
      try {
        // Only a regular file of a readable size is hashed here (a FIFO would block, a 100 MB file cost its
        // memory twice); the loader gives the reason for the others.
        const st = statSync(f.path);
        if (st.isFile() && st.size > 0 && st.size <= DEFAULT_MAX_BYTES) {
          sha = sha256Hex(readFileSync(f.path));
          bytes = st.size;
        }
      } catch {
        // unreadable: let the loader produce the message
      }
      if (sha && known.has(sha)) yield { label: f.path, task: null, sha };
      else yield { label: f.path, task: { kind: 'file', path: f.path }, bytes };
      continue;
    }
    let rows = 0;
    try {
      for await (const row of readCollection(f.path, { columns: mapping })) {
        rows++;
        if (rows > 1 && !precounted.has(f.path)) sink.grow(1); // the file itself was counted as one
        if (row instanceof InputError) {
          yield { label: row.file, task: null, error: row.reason };
          continue;
        }
        const sha = sha256Hex(row.raw);
        if (known.has(sha)) {
          yield { label: row.file, task: null, sha };
          continue;
        }
        const hints: Hints = { region: row.region, year: row.year, title: row.title };
        const source: Source = {
          sha256: sha,
          sourcePath: row.file,
          sourceId: row.id,
          url: row.url,
          title: row.title,
          format: /\.(csv|tsv)$/i.test(f.path) ? 'csv' : 'jsonl',
          encoding: null,
        };
        yield { label: row.file, task: { kind: 'row', raw: row.raw, source, hints }, bytes: Buffer.byteLength(row.raw) };
      }
      if (rows === 0) yield { label: f.path, task: null, error: 'no rows' };
    } catch (err) {
      // The file itself is unusable (InputError) or broke mid-way: one line, the batch goes on.
      if (err instanceof InputError) yield { label: err.file, task: null, error: err.reason };
      else yield { label: f.path, task: null, error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
    }
  }
}

/** Documents handed to the writer at once at most: the head of the queue and the results already in behind it. */
const MAX_BATCH = 64;

/** The head's result, then every result already in behind it (in order, up to MAX_BATCH): one write. */
async function nextBatch(queue: Pending[]): Promise<Pending[]> {
  await queue[0].result;
  let n = 1;
  while (n < queue.length && n < MAX_BATCH && queue[n].settled) n++;
  return queue.splice(0, n);
}

/** A write that failed: a library that cannot be written stops the run (said once); anything else fails the document. */
function failedWrite(err: unknown, label: string, sink: ProgressSink): 'failed' {
  // A full disk (or a library that cannot be written) fails every document after it: stop, say so once.
  const lib = libraryError(err, '', { committed: true });
  if (lib instanceof LibraryError) throw lib;
  sink.error(`${label}: cannot store: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  return 'failed';
}

/**
 * Writes results in input order as they complete, the ones that are in together (a batch: one transaction on
 * PostgreSQL); at most `keep` documents left in flight.
 */
async function drain(queue: Pending[], keep: number, sum: IngestSummary, sink: ProgressSink, write: Write): Promise<void> {
  while (queue.length > keep) {
    const batch = await nextBatch(queue);
    const outcomes = new Map<Pending, Outcome>();
    const ready: Array<{ r: TaskResult & { ok: true }; p: Pending }> = [];
    for (const p of batch) {
      const r = p.settled!;
      if (r === 'known') {
        outcomes.set(p, 'unchanged');
        if (p.sha) sum.knownSha256?.push(p.sha);
      } else if (!r.ok) {
        outcomes.set(p, 'failed');
        sink.error(`${p.label}: ${r.error}`);
      } else {
        if (r.warning) sink.warn?.(`${p.label}: ${r.warning}`);
        ready.push({ r, p });
      }
    }
    if (ready.length) {
      let written: Array<Outcome | { error: unknown }>;
      try {
        written = await write(ready);
      } catch (error) {
        written = ready.map(() => ({ error }));
      }
      ready.forEach(({ r, p }, i) => {
        const w = written[i];
        outcomes.set(p, typeof w === 'object' ? failedWrite(w.error, p.label, sink) : w);
        if (typeof w !== 'object' && w !== 'merged' && w !== 'duplicate') sum.ids?.push(r.rows.document.id);
      });
    }
    for (const p of batch) {
      const outcome = outcomes.get(p)!;
      if (outcome === 'added' || outcome === 'replaced') sum.added++;
      else if (outcome === 'failed') sum.failed++;
      else sum.unchanged++;
      sink.done(outcome);
    }
  }
}

/** Queues a result; `settled` is set as soon as it is in, so that a batch can take it without waiting. */
function pend(queue: Pending[], what: Omit<Pending, 'result' | 'settled'>, result: Promise<TaskResult | 'known'>): void {
  const p: Pending = { ...what, result };
  void result.then((v) => (p.settled = v));
  queue.push(p);
}

/** The library's document writer: batched prepared statements on SQLite, a transaction a batch on PostgreSQL. */
export function writerFor(lib: Library): DocumentWriter {
  return lib.backend === 'sqlite' ? sqliteWriter(lib.sqlite) : postgresWriter(lib);
}

/** Ingests files, directories, globs and collections into the library. */
export async function ingest(lib: Library, inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const sink = opts.progress ?? silent;
  const sum: IngestSummary = { added: 0, unchanged: 0, failed: 0, seconds: 0, sameReports: [], ...(opts.collect ? { ids: [], knownSha256: [] } : {}) };
  checkBeforeWriting(lib);
  const known = await knownSha256(lib.db);
  const runner = opts.runner ?? runnerFor(opts.jobs, lib);
  const limit = opts.inFlightBytes ?? IN_FLIGHT_BYTES;
  const window = Math.max(4, (opts.jobs ?? defaultJobs()) * 8);
  const now = new Date().toISOString();
  const queue: Pending[] = [];
  const writer = writerFor(lib);
  // Each text checked against the stored reports of its region-year first (one query a batch).
  const write: Write = async (items) =>
    writeChecked(lib.db, writer, items.map(({ r, p }) => ({ rows: r.rows, label: p.label })), !!opts.replace, sum.sameReports!);
  try {
    for await (const item of planInputs(inputs, opts.mapping ?? {}, known, sink, { glob: opts.glob })) {
      if (item.error !== undefined) pend(queue, { label: item.label }, Promise.resolve({ ok: false, error: item.error }));
      else if (!item.task) pend(queue, { label: item.label, sha: item.sha }, Promise.resolve('known'));
      else {
        await admit(queue, item.bytes ?? 0, limit, sum, sink, write);
        pend(queue, { label: item.label, bytes: item.bytes }, runner.run(item.task, now));
      }
      await drain(queue, window, sum, sink, write);
    }
    await drain(queue, 0, sum, sink, write);
    writer.close();
  } catch (e) {
    // The open batch is lost (rolled back), what was committed stays: the library is consistent.
    try {
      writer.close();
    } catch {
      writer.abandon?.();
    }
    throw e instanceof LibraryError ? new LibraryError(e.message.startsWith(':') ? `${lib.path}${e.message}` : e.message) : libraryError(e, lib.path, { committed: true });
  } finally {
    await runner.close();
  }
  if (sum.added > 0) await analyze(lib);
  // Re-extraction rewrote the rows; a reader's corrections go back on them.
  await applyCorrections(lib.db);
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}

export interface ReindexSummary {
  reindexed: number;
  merged: number;
  failed: number;
  seconds: number;
}

/** Re-extracts, from the stored text, every document whose extractor_version is not the current one. */
export async function reindex(
  lib: Library,
  opts: { jobs?: number; progress?: ProgressSink; all?: boolean } = {},
): Promise<ReindexSummary> {
  const t0 = performance.now();
  const sink = opts.progress ?? silent;
  checkBeforeWriting(lib);
  const ids = opts.all
    ? (await lib.db.selectFrom('documents').select('id').orderBy('id').execute()).map((r) => r.id)
    : await staleDocumentIds(lib.db, EXTRACTOR_VERSION);
  sink.grow(ids.length);
  const sum = { added: 0, unchanged: 0, failed: 0, seconds: 0 };
  let merged = 0;
  const runner = runnerFor(ids.length ? opts.jobs : 0, lib);
  const window = Math.max(4, (opts.jobs ?? defaultJobs()) * 8);
  const now = new Date().toISOString();
  const queue: Pending[] = [];
  const writer = writerFor(lib);
  const write: Write = async (items) => {
    const out: Array<Outcome | { error: unknown }> = [];
    for (const { r, p } of items) {
      try {
        if (p.superseded) r.rows.document.superseded_by = p.superseded;
        const o = await writer.replace(p.oldId!, r.rows);
        if (o === 'merged') merged++;
        out.push(o);
      } catch (error) {
        out.push({ error });
      }
    }
    return out;
  };
  try {
    for (const id of ids) {
      const d = await getDocument(lib.db, id);
      if (!d) continue;
      const source: Source = {
        sha256: d.sha256,
        sourcePath: d.source_path,
        sourceId: d.source_id,
        url: d.url,
        title: d.title,
        format: d.format,
        encoding: d.encoding,
        hints: d.hints ? (JSON.parse(d.hints) as Hints) : null,
      };
      const bytes = Buffer.byteLength(d.text);
      await admit(queue, bytes, IN_FLIGHT_BYTES, sum, sink, write);
      pend(queue, { label: d.source_path, oldId: id, bytes, superseded: d.superseded_by }, runner.run({ kind: 'reindex', oldId: id, text: d.text, source }, now));
      await drain(queue, window, sum, sink, write);
    }
    await drain(queue, 0, sum, sink, write);
  } finally {
    writer.close();
    await runner.close();
  }
  if (sum.added > 0) await analyze(lib);
  // Re-extraction may move a report to another region or year: each region-year uses one report again.
  if (sum.added > 0) await markSuperseded(lib.db);
  await applyCorrections(lib.db);
  return { reindexed: sum.added, merged, failed: sum.failed, seconds: (performance.now() - t0) / 1000 };
}

export interface UploadResult {
  file: string;
  added: number;
  unchanged: number;
  failed: number;
  /** One `file: reason` line per document that could not be read. */
  errors: string[];
  /** The library's documents from this upload (new or already there, the stored report kept for the same one). */
  documents: Array<{ id: string; region: string | null; year: number | null; title: string | null }>;
  /** Texts of the upload beside a stored report of their region-year (same-report.ts). */
  same_reports: SameReport[];
}

/**
 * Ingests one uploaded file (any format ingest reads, collections included) exactly as `ingest` would a path:
 * the bytes go to a private temporary file, and the documents are recorded as `upload:<name>`.
 */
/** The rows of collection `p` (`p#1`, `p#2`, …): its name is literal, whatever % or _ it holds. */
const rowsOf = (p: string) => sql<SqlBool>`source_path like ${p.replace(/[\\%_]/g, (c) => '\\' + c) + '#%'} escape '\\'`;

export async function ingestUpload(lib: Library, name: string, bytes: Uint8Array, opts: { replace?: boolean } = {}): Promise<UploadResult> {
  const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'workreport-upload-'));
  const path = join(dir, uploadFileName(name));
  try {
    await writeFile(path, bytes, { mode: 0o600 });
    return await ingestUploadedFile(lib, name, path, sha256Hex(bytes), opts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The name an upload's bytes are stored under in its private temporary folder (the name itself is only a label). */
export function uploadFileName(name: string): string {
  return basename(name).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(-120) || 'upload';
}

/**
 * Ingests an upload already stored at `path` (in a private temporary folder; `sha` its bytes' sha256) as
 * `upload:<name>`. The server runs it in a worker thread with a connection of its own (store/background.ts).
 */
export async function ingestUploadedFile(lib: Library, name: string, path: string, sha: string, opts: { replace?: boolean } = {}): Promise<UploadResult> {
  const errors: string[] = [];
  const sum = await ingest(lib, [path], {
    jobs: 0,
    collect: true,
    replace: opts.replace,
    progress: { grow() {}, done() {}, error: (line) => errors.push(line.split(path).join(name)) },
  });
  const label = `upload:${basename(name)}`;
  await lib.db
    .updateTable('documents')
    .set((eb) => ({ source_path: eb.fn('replace', ['source_path', eb.val(path), eb.val(label)]) }))
    .where((eb) => eb.or([eb('source_path', '=', path), rowsOf(path)]))
    .execute();
  // Every document of the upload, also those the library had before from another file: a CSV whose rows were
  // all stored already listed none ("documents": []).
  const documents: UploadResult['documents'] = [];
  const named = (p: string) => p.split(path).join(name);
  const same = (sum.sameReports ?? []).map((s) => ({ ...s, label: named(s.label), other: { ...s.other, source_path: named(s.other.source_path) } }));
  const ids = [...(sum.ids ?? []), ...same.filter((s) => s.kept === 'stored').map((s) => s.other.id)];
  const shas = [sha, ...(sum.knownSha256 ?? [])];
  const seen = new Set<string>();
  for (let i = 0; i < Math.max(ids.length, shas.length); i += 500) {
    const rows = await lib.db
      .selectFrom('documents')
      .select(['id', 'region', 'year', 'title', 'source_path'])
      .where((eb) => eb.or([eb('id', 'in', ['', ...ids.slice(i, i + 500)]), eb('sha256', 'in', ['', ...shas.slice(i, i + 500)]), eb('source_path', '=', label), rowsOf(label)]))
      .execute();
    for (const { source_path: _p, ...d } of rows.sort((a, b) => a.source_path.localeCompare(b.source_path))) if (!seen.has(d.id) && seen.add(d.id)) documents.push(d);
  }
  return { file: name, added: sum.added, unchanged: sum.unchanged, failed: sum.failed, errors, documents, same_reports: same };
}
