// Durability on PostgreSQL (issue 11 with issue 9's backend): an ingest killed at three moments or interrupted,
// then rerun, gives exactly the library of a clean run, a reader's correction included; two ingests at once make
// no duplicate and no error; search answers while an ingest writes. The SQLite file's own cases (full disk,
// damaged, read-only and newer files) are in test/store/durability.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { buildSyntheticCorpus } from '../../bench/library.js';
import { openLibrary } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { reviewFact } from '../../src/store/corrections.js';
import { adminUrl, databaseName } from '../../src/store/postgres/open.js';
import { cli, ROOT, SEEDS } from '../cli/run-cli.js';
import { dropLibraries, dumpAt, newPostgresUrl } from '../support/backend.js';
import { tmpDir } from '../store/helpers.js';

const N = 200;
const t = tmpDir('wr-pg-durable-');
let files: string[] = [];
let base = '';
let clean = '';

/** A new database made from `template` (PostgreSQL copies it file by file: a fresh copy of a library). */
async function copyOf(template: string, name: string): Promise<string> {
  const url = newPostgresUrl(name);
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(databaseName(url))} TEMPLATE ${pg.escapeIdentifier(databaseName(template))}`);
  } finally {
    await admin.end();
  }
  return url;
}


/** Starts an ingest of the corpus into `url` and stops it with `signal` once `when(count)` holds. */
async function interrupted(url: string, signal: NodeJS.Signals, when: (count: number, ms: number) => boolean): Promise<{ code: number | null; at: number }> {
  const watch = new pg.Client({ connectionString: url });
  await watch.connect();
  const child = spawn(process.execPath, [join(ROOT, 'bin/workreport.js'), 'ingest', ...files, '--db', url, '-q'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const t0 = Date.now();
  let at = -1;
  try {
    for (let i = 0; i < 3000; i++) {
      await new Promise((res) => setTimeout(res, 20));
      at = Number((await watch.query('SELECT count(*) AS n FROM documents')).rows[0].n);
      if (when(at, Date.now() - t0)) break;
    }
  } finally {
    await watch.end();
  }
  child.kill(signal);
  return { code: await exited, at };
}

beforeAll(async () => {
  files = buildSyntheticCorpus(join(t.dir, 'corpus'), N, 13);
  // A library a reader already worked on: the seeds, one corrected fact.
  base = newPostgresUrl('durable_base');
  const lib = await openLibrary(base);
  await ingest(lib, [SEEDS], { jobs: 0 });
  const f = await lib.db.selectFrom('facts').select(['document_id', 'ord']).where('indicator', '=', 'gdp').where('kind', '=', 'target').where('headline', '=', 1).orderBy('document_id').executeTakeFirstOrThrow();
  await reviewFact(lib.db, `${f.document_id}:${f.ord}`, { action: 'edit', edit: { value: 9.9 }, note: 'durability' }, '2026-01-01T00:00:00.000Z');
  await lib.close();
  clean = await copyOf(base, 'durable_clean');
  expect(cli(['ingest', ...files, '--db', clean, '-q']).code).toBe(0);
}, 300_000);

afterAll(async () => {
  await dropLibraries();
  t.cleanup();
});

describe('an interrupted ingest on PostgreSQL, rerun, is exactly a clean one', () => {
  const cases: Array<[string, NodeJS.Signals, (n: number, ms: number) => boolean]> = [
    ['SIGKILL during the first documents', 'SIGKILL', (n, ms) => n >= 7 || (n >= 5 && ms > 1500)],
    ['SIGKILL in the middle', 'SIGKILL', (n) => n >= 5 + N / 2],
    ['SIGKILL near the end', 'SIGKILL', (n) => n >= 5 + N - 20],
    ['SIGINT in the middle', 'SIGINT', (n) => n >= 5 + N / 3],
  ];
  for (const [name, signal, when] of cases) {
    it(name, async () => {
      const url = await copyOf(base, 'durable_case');
      const { code } = await interrupted(url, signal, when);
      if (signal === 'SIGINT') expect(code).toBe(130);
      const rerun = cli(['ingest', ...files, '--db', url, '-q']);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      expect(await dumpAt(url)).toBe(await dumpAt(clean));
    }, 180_000);
  }
});

describe('shared use on PostgreSQL', () => {
  it('two ingests of the same files at once: no duplicate, no error, the clean library', async () => {
    const url = await copyOf(base, 'durable_two');
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((res) => {
        const c = spawn(process.execPath, [join(ROOT, 'bin/workreport.js'), 'ingest', ...files, '--db', url, '-q']);
        let stderr = '';
        c.stderr.on('data', (d) => (stderr += d));
        c.on('exit', (code) => res({ code, stderr }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.stderr, b.stderr]).toEqual(['', '']);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(await dumpAt(url)).toBe(await dumpAt(clean));
  }, 180_000);

  it('search answers while an ingest writes', async () => {
    const url = await copyOf(base, 'durable_search');
    const child = spawn(process.execPath, [join(ROOT, 'bin/workreport.js'), 'ingest', ...files, '--db', url, '-q'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    for (let i = 0; i < 5; i++) {
      const r = cli(['search', '平陆运河', '--db', url, '--format', 'json', '--limit', '5']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).hits.length).toBeGreaterThan(0);
    }
    expect(await exited).toBe(0);
  }, 180_000);
});
