// PostgreSQL for teams, through the built CLI against the real server on this machine: queued ingestion by
// several processes (no duplicates), a worker killed mid-document (its job retried), status, export both ways
// (lossless, corrections included), and the same answers as a SQLite library.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, NATIONAL, ROOT, SEEDS } from '../cli/run-cli.js';
import { openLibrary } from '../../src/store/db.js';
import { reviewFact } from '../../src/store/corrections.js';
import { count, dropLibraries, dumpAt, newPostgresUrl } from '../support/backend.js';
import { tmpDir } from '../store/helpers.js';

const t = tmpDir('wr-pg-');
afterAll(async () => {
  await dropLibraries();
  t.cleanup();
});

/** Runs the CLI without waiting; resolves with its exit code and output. */
function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/workreport.js'), ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((res) =>
    child.on('exit', (code, signal) => res({ code, signal, stdout, stderr })),
  );
  return { child, done };
}


const sqliteReference = (() => {
  let ref: Promise<string> | null = null;
  return () =>
    (ref ??= (async () => {
      const db = join(t.dir, 'reference.sqlite');
      const r = cli(['ingest', SEEDS, NATIONAL, '--db', db, '--quiet']);
      expect(r.code).toBe(0);
      return db;
    })());
})();

describe('ingest --queue and workers', () => {
  it('two ingest commands and three workers on the same inputs store exactly one copy of each report', async () => {
    const url = newPostgresUrl('queue');
    // All five start together: the database, its schema and the queue are created by whichever comes first.
    const runs = [
      start(['ingest', '--queue', SEEDS, NATIONAL, '--db', url]),
      start(['ingest', '--queue', SEEDS, NATIONAL, '--db', url]),
      start(['worker', '--until-idle', '--concurrency', '2', '--db', url]),
      start(['worker', '--until-idle', '--concurrency', '2', '--db', url]),
      start(['worker', '--until-idle', '--concurrency', '1', '--db', url]),
    ];
    const results = await Promise.all(runs.map((r) => r.done));
    for (const r of results) {
      expect(r.stderr).not.toMatch(/^error:|\n {4}at /m);
      expect(r.code).toBe(0);
    }
    // A worker may find the queue empty before the ingesters have filled it: one more pass finishes the work.
    const last = cli(['worker', '--until-idle', '--db', url]);
    expect(last.code).toBe(0);
    const queued = results.slice(0, 2).reduce((n, r) => n + Number(/^(\d+) queued/.exec(r.stdout)![1]), 0);
    expect(queued).toBe(77);
    const lib = await openLibrary(url);
    try {
      expect(await count(lib.db, 'documents')).toBe(77);
      const hashes = await lib.db.selectFrom('documents').select('text_hash').execute();
      expect(new Set(hashes.map((h) => h.text_hash)).size).toBe(77);
    } finally {
      await lib.close();
    }
    // Exactly the library one SQLite ingest makes (ingested_at aside).
    expect(await dumpAt(url)).toBe(await dumpAt(await sqliteReference()));

    const status = JSON.parse(cli(['status', '--json', '--db', url]).stdout);
    expect(status.documents).toBe(77);
    expect(status.jobs.created + status.jobs.retry + status.jobs.active).toBe(0);
    expect(status.jobs.completed).toBe(77);
  });

  it('a worker killed mid-document leaves its job to be retried by another', async () => {
    const url = newPostgresUrl('kill');
    const dir = join(t.dir, 'kill-inputs');
    mkdirSync(dir);
    for (const f of readdirSync(SEEDS).slice(0, 2)) copyFileSync(join(SEEDS, f), join(dir, f));
    // Jobs expire (count as abandoned) 2 s after a worker took them; maintenance looks every second.
    const env = { WORKREPORT_QUEUE_EXPIRE_SECONDS: '2', WORKREPORT_QUEUE_MAINTENANCE_SECONDS: '1' };
    expect(cli(['ingest', '--queue', dir, '--db', url], { env }).stdout).toMatch(/^2 queued/);
    // This worker holds its jobs for a minute before extracting: kill it while it does.
    const slow = start(['worker', '--concurrency', '1', '--db', url], { ...env, WORKREPORT_WORKER_DELAY_MS: '60000' });
    // Kill it as soon as a job is seen active. (Asking status once more first raced the 2 s expiry on a loaded
    // machine: the job could already be back in retry, and the check failed though the worker held it.)
    let sawActive = false;
    for (let i = 0; i < 100 && !sawActive; i++) {
      sawActive = JSON.parse(cli(['status', '--json', '--db', url]).stdout).jobs.active > 0;
      if (!sawActive) await new Promise((r) => setTimeout(r, 100));
    }
    slow.child.kill('SIGKILL');
    expect(sawActive).toBe(true);
    expect((await slow.done).signal).toBe('SIGKILL');
    const lib = await openLibrary(url);
    expect(await count(lib.db, 'documents')).toBe(0);
    // A new worker: its maintenance finds the expired jobs and they come back to it.
    const r = cli(['worker', '--until-idle', '--db', url], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 added/);
    expect(await count(lib.db, 'documents')).toBe(2);
    await lib.close();
    const s = JSON.parse(cli(['status', '--json', '--db', url]).stdout);
    expect(s.jobs.completed).toBe(2);
    expect(s.jobs.failed).toBe(0);
  }, 60_000);

  it('unreadable inputs fail once, are named by the worker and by status, and are not retried', async () => {
    const url = newPostgresUrl('bad');
    const dir = join(t.dir, 'bad-inputs');
    mkdirSync(dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[0]), join(dir, 'good.txt'));
    expect(cli(['ingest', '--queue', dir, '--db', url]).code).toBe(0);
    const r = cli(['worker', '--until-idle', '--db', url]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual([`error: ${join(dir, 'binary.txt')}: binary content (NUL bytes), not a text file`]);
    const s = JSON.parse(cli(['status', '--json', '--db', url]).stdout);
    expect(s.documents).toBe(1);
    expect(s.inputErrors).toEqual([expect.objectContaining({ label: join(dir, 'binary.txt'), error: 'binary content (NUL bytes), not a text file' })]);
    expect(cli(['status', '--db', url]).stdout).toMatch(/^unreadable .*binary\.txt: binary content/m);
  });

  it('--queue, worker and status need a PostgreSQL library (exit 2)', () => {
    for (const args of [['ingest', '--queue', SEEDS], ['worker'], ['status']]) {
      const r = cli([...args, '--db', join(t.dir, 'x.sqlite')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: .*PostgreSQL/);
    }
  });
});

describe('export between SQLite and PostgreSQL', () => {
  it('moves a library there and back losslessly, corrections included; a repeat copies nothing', async () => {
    const db = await sqliteReference();
    const copy = join(t.dir, 'with-correction.sqlite');
    copyFileSync(db, copy);
    const lib = await openLibrary(copy);
    const fact = await lib.db.selectFrom('facts').select(['document_id', 'ord']).where('indicator', '=', 'gdp').where('kind', '=', 'target').orderBy('document_id').orderBy('ord').executeTakeFirstOrThrow();
    await reviewFact(lib.db, `${fact.document_id}:${fact.ord}`, { action: 'edit', edit: { value: 9.5 }, note: '=export check' });
    await lib.close();
    const before = await dumpAt(copy);

    const url = newPostgresUrl('export');
    const to = cli(['export', '--to', url, '--db', copy]);
    expect(to.stderr).toBe('');
    expect(to.stdout).toMatch(/^77 documents \(\d+ rows\) and 1 corrections copied, 0 already there/);
    expect(await dumpAt(url)).toBe(before);
    expect(cli(['export', '--to', url, '--db', copy]).stdout).toMatch(/^0 documents \(0 rows\) and 0 corrections copied, 77 already there/);

    const back = join(t.dir, 'back.sqlite');
    expect(cli(['export', '--from', url, '--db', back]).code).toBe(0);
    expect(await dumpAt(back)).toBe(before);
    // Same answers from the copy on PostgreSQL as from the file.
    for (const args of [['compare', '--indicator', 'gdp', '--year', '2024', '--format', 'csv'], ['search', '平陆运河', '--format', 'csv'], ['track', '--region', '中华人民共和国', '--indicator', 'gdp', '--format', 'csv']]) {
      expect(cli([...args, '--db', url]).stdout).toBe(cli([...args, '--db', copy]).stdout);
    }
  });

  it('refuses a missing source and two names for one library', () => {
    expect(cli(['export', '--db', join(t.dir, 'x.sqlite')]).code).toBe(2);
    const r = cli(['export', '--from', 'postgres://postgres@127.0.0.1:5432/wr_test_no_such_db', '--db', join(t.dir, 'y.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: postgres:\/\/.*wr_test_no_such_db: no such database/);
  });
});
