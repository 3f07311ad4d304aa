// Durability, measured (issue 11): an ingest killed at three moments or interrupted, then rerun, gives exactly the
// library of a clean run (documents, facts, commitments, projects and a reader's corrections); two ingests at once
// make no duplicate and no error; search works while an ingest writes; a full disk gives a clear error and leaves
// a usable library; damaged, foreign, read-only and newer libraries are refused, never rewritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { buildSyntheticCorpus } from '../../bench/library.js';
import { openLibrary } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { reviewFact } from '../../src/store/corrections.js';
import { canonicalDump, tmpDir } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/workreport.js');
const SEEDS = join(ROOT, 'corpus/seeds');
const N = 300;
const t = tmpDir('wr-durable-');
let files: string[] = [];
let base = '';
let clean = '';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: t.dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function docCount(db: string): number {
  try {
    const c = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return -1; // not created, or no schema yet
  }
}

/** Starts an ingest of the corpus into `db` and stops it with `signal` once `when(count)` holds. */
async function interrupted(db: string, signal: NodeJS.Signals, when: (count: number, ms: number) => boolean): Promise<{ code: number | null; at: number }> {
  const child = spawn(process.execPath, [BIN, 'ingest', ...files, '--db', db, '-q'], { cwd: t.dir, stdio: 'ignore' });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const t0 = Date.now();
  let at = -1;
  for (let i = 0; i < 3000; i++) {
    await new Promise((res) => setTimeout(res, 10));
    at = docCount(db);
    if (when(at, Date.now() - t0)) break;
  }
  child.kill(signal);
  return { code: await exited, at };
}

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

beforeAll(async () => {
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // emitted anyway
  }
  files = buildSyntheticCorpus(join(t.dir, 'corpus'), N, 11);
  // A library a reader already worked on: the seeds, one corrected fact.
  base = join(t.dir, 'base.sqlite');
  const lib = await openLibrary(base);
  await ingest(lib, [SEEDS], { jobs: 0 });
  const f = await lib.db.selectFrom('facts').select(['document_id', 'ord']).where('indicator', '=', 'gdp').where('kind', '=', 'target').where('headline', '=', 1).orderBy('document_id').executeTakeFirstOrThrow();
  await reviewFact(lib.db, `${f.document_id}:${f.ord}`, { action: 'edit', edit: { value: 9.9 }, note: 'durability' }, '2026-01-01T00:00:00.000Z');
  await lib.close();
  clean = join(t.dir, 'clean.sqlite');
  copyFileSync(base, clean);
  expect(cli(['ingest', ...files, '--db', clean, '-q']).code).toBe(0);
}, 240_000);

afterAll(() => t.cleanup());

describe('an interrupted ingest, rerun, is exactly a clean one', () => {
  const cases: Array<[string, NodeJS.Signals, (n: number, ms: number) => boolean]> = [
    ['SIGKILL during the first batch', 'SIGKILL', (n, ms) => n >= 5 || (n >= 0 && ms > 400)],
    ['SIGKILL in the middle', 'SIGKILL', (n) => n >= 5 + N / 2],
    ['SIGKILL in the last batch', 'SIGKILL', (n) => n >= 5 + N - 30],
    ['SIGINT in the middle (commits the whole documents written)', 'SIGINT', (n) => n >= 5 + N / 3],
  ];
  for (const [name, signal, when] of cases) {
    it(name, async () => {
      const db = join(t.dir, `${name.replace(/\W+/g, '-')}.sqlite`);
      copyFileSync(base, db);
      const { code } = await interrupted(db, signal, when);
      if (signal === 'SIGINT') expect(code).toBe(130);
      const partial = docCount(db);
      expect(partial).toBeGreaterThanOrEqual(5);
      expect(partial).toBeLessThanOrEqual(5 + N);
      const rerun = cli(['ingest', ...files, '--db', db, '-q']);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      expect(canonicalDump(db)).toBe(canonicalDump(clean));
    }, 120_000);
  }
});

describe('shared use', () => {
  it('two ingests of the same files at once: no duplicate, no error', async () => {
    const db = join(t.dir, 'two.sqlite');
    copyFileSync(base, db);
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((res) => {
        const c = spawn(process.execPath, [BIN, 'ingest', ...files, '--db', db, '-q'], { cwd: t.dir });
        let stderr = '';
        c.stderr.on('data', (d) => (stderr += d));
        c.on('exit', (code) => res({ code, stderr }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.stderr, b.stderr]).toEqual(['', '']);
    expect([a.code, b.code]).toEqual([0, 0]);
    // The clean run's count: synthetic reports of one region-year alike enough are one report (same-report.ts).
    expect(docCount(db)).toBe(docCount(clean));
    expect(canonicalDump(db)).toBe(canonicalDump(clean));
  }, 180_000);

  it('search while an ingest writes: every search answers', async () => {
    const db = join(t.dir, 'searching.sqlite');
    copyFileSync(base, db);
    const child = spawn(process.execPath, [BIN, 'ingest', ...files, '--db', db, '-q'], { cwd: t.dir, stdio: 'ignore' });
    const exited = new Promise((res) => child.on('exit', res));
    const answers: Array<number | null> = [];
    for (let i = 0; i < 4; i++) {
      const r = cli(['search', '地区生产总值', '--db', db, '--limit', '3', '-q']);
      answers.push(r.code);
      expect(r.stderr).toBe('');
    }
    await exited;
    expect(answers).toEqual([0, 0, 0, 0]);
    // The clean run's count: synthetic reports of one region-year alike enough are one report (same-report.ts).
    expect(docCount(db)).toBe(docCount(clean));
  }, 180_000);
});

describe('libraries that cannot be used as asked', () => {
  const refused = (db: string, pattern: RegExp) => {
    const before = sha(db);
    const r = cli(['compare', '--year', '2024', '--level', 'city', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(sha(db)).toBe(before); // never rewritten
  };

  it('a truncated library, a damaged one and a file that is not one', () => {
    const trunc = join(t.dir, 'trunc.sqlite');
    copyFileSync(clean, trunc);
    truncateSync(trunc, 40_000);
    refused(trunc, /: the library is damaged \(.+\); nothing was changed\. `workreport info --check` lists the damage; `workreport repair` copies/);
    const text = join(t.dir, 'text.sqlite');
    writeFileSync(text, '政府工作报告\n');
    refused(text, /not a workreport library, or a damaged one \(file is not a database\)/);
  });

  it('a library from a newer workreport', () => {
    const newer = join(t.dir, 'newer.sqlite');
    copyFileSync(base, newer);
    const c = new BetterSqlite3(newer);
    c.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('999_from_the_future', '2030-01-01')").run();
    c.pragma('journal_mode = DELETE');
    c.close();
    refused(newer, /written by a newer workreport \(schema 999_from_the_future\)/);
  });

  const root = process.getuid?.() === 0;
  it.skipIf(!root)('a full disk: a clear error naming it, the library intact and usable once space is freed', () => {
    const mnt = join(t.dir, 'small');
    mkdirSync(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mnt]);
    try {
      const db = join(mnt, 'lib.sqlite');
      copyFileSync(base, db);
      const r = cli(['ingest', ...files, '--db', db, '-q']);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`error: ${db}: the disk is full; the library keeps what was committed before. Free some space and run the command again`);
      const check = new BetterSqlite3(db, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
      expect(cli(['compare', '--year', '2024', '--level', 'city', '--indicator', 'gdp', '--db', db]).code).toBe(0);
      execFileSync('mount', ['-o', 'remount,size=200m', mnt]);
      expect(cli(['ingest', ...files, '--db', db, '-q']).code).toBe(0);
      expect(canonicalDump(db)).toBe(canonicalDump(clean));
    } finally {
      rmSync(join(mnt, 'lib.sqlite'), { force: true });
      execFileSync('umount', [mnt]);
    }
  }, 180_000);

  it.skipIf(!root)('a full disk under a query that writes (search builds its index): the library named, nothing changed (issue 23, row 9)', () => {
    const mnt = join(t.dir, 'full');
    mkdirSync(mnt);
    const size = statSync(base).size + (statSync(base + '-wal', { throwIfNoEntry: false })?.size ?? 0);
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(size / 4096) * 4096 + 256 * 1024}`, 'tmpfs', mnt]);
    try {
      const db = join(mnt, 'lib.sqlite');
      copyFileSync(base, db);
      const before = canonicalDump(db);
      const r = cli(['search', '地区生产总值', '--db', db]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`error: ${db}: the disk is full; nothing was changed. Free some space and run the command again`);
      expect(canonicalDump(db)).toBe(before);
    } finally {
      rmSync(join(mnt, 'lib.sqlite'), { force: true });
      execFileSync('umount', [mnt]);
    }
  });

  it.skipIf(!root)('a library on a read-only disk: a clear error, nothing written', () => {
    const mnt = join(t.dir, 'ro');
    mkdirSync(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=20m', 'tmpfs', mnt]);
    try {
      copyFileSync(base, join(mnt, 'lib.sqlite'));
      execFileSync('mount', ['-o', 'remount,ro', mnt]);
      const db = join(mnt, 'lib.sqlite');
      const r = cli(['ingest', SEEDS, '--db', db, '-q']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/read-only/);
      refused(db, /read-only/);
    } finally {
      execFileSync('umount', [mnt]);
    }
  });
});

it('keeps the canonical dump meaningful: it covers corrections too', () => {
  expect(existsSync(clean)).toBe(true);
  expect(canonicalDump(clean)).toMatch(/^corrections .*"note":"durability"/m);
});
