// Ingest end to end through the built CLI (dist/, worker threads) and in-process; real SQLite in a temp dir.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { buildSyntheticCorpus } from '../../bench/library.js';
import { openLibrary } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { countRows } from '../../src/store/repo.js';
import { canonicalDump, tmpDir } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/workreport.js');
const SEEDS = join(ROOT, 'corpus/seeds');
const NATIONAL = join(ROOT, 'corpus/national/government_work_reports.jsonl');
const t = tmpDir('wr-ingest-');
afterAll(() => t.cleanup());

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, ...env } });
  // Plain progress lines (`ingest: 12/77 (…)`) appear every 2 s on a slow machine: keep only the rest.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !/^(ingest|reindex): \d+\/\d+ \(/.test(l))
    .join('\n');
  return { code: r.status, stdout: r.stdout, stderr };
}
function docCount(db: string): number {
  const c = new BetterSqlite3(db, { readonly: true });
  try {
    return (c.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    c.close();
  }
}

beforeAll(() => {
  // The CLI runs from dist/: build it (emits even if another module has a type error in progress).
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // type errors elsewhere do not stop emission
  }
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('build failed: dist/cli/main.js missing');
});

describe('workreport ingest (CLI)', () => {
  it('loads the seeds and the national collection; a second run adds nothing', () => {
    const db = join(t.dir, 'corpus.sqlite');
    const first = cli(['ingest', SEEDS, NATIONAL, '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^77 added, 0 unchanged, 0 failed/);
    const lib = new BetterSqlite3(db, { readonly: true });
    const genres = lib.prepare('SELECT genre, count(*) AS n FROM documents GROUP BY genre ORDER BY genre').all();
    expect(genres).toEqual([
      { genre: 'resolution', n: 20 },
      { genre: 'work_report', n: 57 },
    ]);
    const seeds = lib.prepare("SELECT region, year FROM documents WHERE source_path LIKE '%seeds%' ORDER BY region").all();
    expect(seeds).toHaveLength(5);
    expect((lib.prepare('SELECT count(*) AS n FROM facts').get() as { n: number }).n).toBeGreaterThan(0);
    lib.close();
    const dump = canonicalDump(db);

    const second = cli(['ingest', SEEDS, NATIONAL], { WORKREPORT_DB: db });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^0 added, 77 unchanged, 0 failed/);
    expect(canonicalDump(db)).toBe(dump);

    // reindex: nothing is stale; after marking 3 documents as made by an older extractor, exactly those are redone
    expect(cli(['reindex', '--db', db]).stdout).toMatch(/^0 reindexed/);
    const w = new BetterSqlite3(db);
    w.prepare("UPDATE documents SET extractor_version = 'old' WHERE id IN (SELECT id FROM documents ORDER BY id LIMIT 3)").run();
    w.prepare('DELETE FROM facts WHERE document_id IN (SELECT id FROM documents ORDER BY id LIMIT 3)').run();
    w.close();
    const re = cli(['reindex', '--db', db]);
    expect(re.code).toBe(0);
    expect(re.stdout).toMatch(/^3 reindexed, 0 merged/);
    expect(canonicalDump(db)).toBe(dump);
  });

  it('reports each bad file in a folder once and ingests the rest', () => {
    const dir = join(t.dir, 'mixed');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const seeds = readdirSync(SEEDS).sort();
    copyFileSync(join(SEEDS, seeds[0]), join(dir, seeds[0]));
    copyFileSync(join(SEEDS, seeds[1]), join(dir, 'sub', seeds[1]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'sub', 'noise.bin'), randomBytes(4096));
    writeFileSync(join(dir, 'blank.txt'), ' \n\n\u3000\n');
    const db = join(t.dir, 'mixed.sqlite');
    const r = cli(['ingest', dir, '--db', db]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    for (const bad of ['empty.txt', 'noise.bin', 'blank.txt']) {
      expect(lines.filter((l) => l.includes(bad))).toHaveLength(1);
    }
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^\/.+: .+/);
    expect(r.stdout).toMatch(/^2 added, 0 unchanged, 3 failed/);
    expect(docCount(db)).toBe(2);
  });

  // Interrupted ingests (SIGKILL at three moments, SIGINT) are measured in durability.test.ts.
});

describe('ingest (in process)', () => {
  it('gives the same library inline and with worker threads, and deduplicates within a batch', async () => {
    const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
    const copy = join(t.dir, 'copy-of-first.txt');
    copyFileSync(seeds[0], copy);
    const a = join(t.dir, 'inline.sqlite');
    const b = join(t.dir, 'workers.sqlite');
    const libA = await openLibrary(a);
    const sa = await ingest(libA, [...seeds, copy], { jobs: 0 });
    expect(sa).toMatchObject({ added: 5, unchanged: 1, failed: 0 });
    await libA.close();
    const libB = await openLibrary(b);
    const sb = await ingest(libB, [...seeds, copy], { jobs: 2 });
    expect(sb).toMatchObject({ added: 5, unchanged: 1, failed: 0 });
    expect((await countRows(libB.db)).documents).toBe(5);
    await libB.close();
    expect(canonicalDump(b)).toBe(canonicalDump(a));
  });
});
