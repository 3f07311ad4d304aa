// Ingest end to end through the built CLI (dist/, worker threads) and in-process; real SQLite in a temp dir.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openLibrary, type Library } from '../../src/store/db.js';
import { count, dropLibraries, dumpLibrary, newLibrary } from '../support/backend.js';
import { ingest, ingestUpload } from '../../src/store/ingest.js';
import { inlineRunner, type Runner } from '../../src/store/pool.js';
import { countRows } from '../../src/store/repo.js';
import { documentDetail } from '../../src/store/queries/documents.js';
import { readReport } from '../../src/extract/report.js';
import { tmpDir } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/workreport.js');
const SEEDS = join(ROOT, 'corpus/seeds');
const NATIONAL = join(ROOT, 'corpus/national/government_work_reports.jsonl');
const t = tmpDir('wr-ingest-');
afterAll(async () => {
  await dropLibraries();
  t.cleanup();
});

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, ...env } });
  // Plain progress lines (`ingest: 12/77 (…)`) appear every 2 s on a slow machine: keep only the rest.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !/^(ingest|reindex): \d+\/\d+ \(/.test(l))
    .join('\n');
  return { code: r.status, stdout: r.stdout, stderr };
}
async function withLib<T>(db: string, fn: (lib: Library) => Promise<T>): Promise<T> {
  const lib = await openLibrary(db);
  try {
    return await fn(lib);
  } finally {
    await lib.close();
  }
}
const docCount = (db: string) => withLib(db, (lib) => count(lib.db, 'documents'));
const dumpOf = (db: string) => withLib(db, (lib) => dumpLibrary(lib.db));

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
  it('loads the seeds and the national collection; a second run adds nothing', async () => {
    const db = newLibrary(t.dir, 'corpus');
    const first = cli(['ingest', SEEDS, NATIONAL, '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^77 added, 0 unchanged, 0 failed/);
    await withLib(db, async (lib) => {
      const genres = await lib.db.selectFrom('documents').select(['genre', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('genre').orderBy('genre').execute();
      expect(genres.map((g) => ({ ...g, n: Number(g.n) }))).toEqual([
        { genre: 'resolution', n: 20 },
        { genre: 'work_report', n: 57 },
      ]);
      expect(await count(lib.db, 'documents', (q) => q.where('source_path', 'like', '%seeds%'))).toBe(5);
      expect(await count(lib.db, 'facts')).toBeGreaterThan(0);
    });
    const dump = await dumpOf(db);

    const second = cli(['ingest', SEEDS, NATIONAL], { WORKREPORT_DB: db });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^0 added, 77 unchanged, 0 failed/);
    expect(await dumpOf(db)).toBe(dump);

    // reindex: nothing is stale; after marking 3 documents as made by an older extractor, exactly those are redone
    expect(cli(['reindex', '--db', db]).stdout).toMatch(/^0 reindexed/);
    await withLib(db, async (lib) => {
      const ids = (await lib.db.selectFrom('documents').select('id').orderBy('id').limit(3).execute()).map((r) => r.id);
      await lib.db.updateTable('documents').set({ extractor_version: 'old' }).where('id', 'in', ids).execute();
      await lib.db.deleteFrom('facts').where('document_id', 'in', ids).execute();
    });
    const re = cli(['reindex', '--db', db]);
    expect(re.code).toBe(0);
    expect(re.stdout).toMatch(/^3 reindexed, 0 merged/);
    expect(await dumpOf(db)).toBe(dump);
  });

  it('reports each bad file in a folder once and ingests the rest', async () => {
    const dir = join(t.dir, 'mixed');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const seeds = readdirSync(SEEDS).sort();
    copyFileSync(join(SEEDS, seeds[0]), join(dir, seeds[0]));
    copyFileSync(join(SEEDS, seeds[1]), join(dir, 'sub', seeds[1]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'sub', 'noise.bin'), randomBytes(4096));
    writeFileSync(join(dir, 'blank.txt'), ' \n\n\u3000\n');
    const db = newLibrary(t.dir, 'mixed');
    const r = cli(['ingest', dir, '--db', db]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    for (const bad of ['empty.txt', 'noise.bin', 'blank.txt']) {
      expect(lines.filter((l) => l.includes(bad))).toHaveLength(1);
    }
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^error: \/.+: .+/);
    expect(r.stdout).toMatch(/^2 added, 0 unchanged, 3 failed/);
    expect(await docCount(db)).toBe(2);
  });

  // Interrupted ingests (SIGKILL at three moments, SIGINT) are measured in durability.test.ts.
});

describe('ingest (in process)', () => {
  it('gives the same library inline and with worker threads, and deduplicates within a batch', async () => {
    const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
    const copy = join(t.dir, 'copy-of-first.txt');
    copyFileSync(seeds[0], copy);
    const a = newLibrary(t.dir, 'inline');
    const b = newLibrary(t.dir, 'workers');
    const libA = await openLibrary(a);
    const sa = await ingest(libA, [...seeds, copy], { jobs: 0 });
    expect(sa).toMatchObject({ added: 5, unchanged: 1, failed: 0 });
    await libA.close();
    const libB = await openLibrary(b);
    const sb = await ingest(libB, [...seeds, copy], { jobs: 2 });
    expect(sb).toMatchObject({ added: 5, unchanged: 1, failed: 0 });
    expect((await countRows(libB.db)).documents).toBe(5);
    await libB.close();
    expect(await dumpOf(b)).toBe(await dumpOf(a));
  });

  it('reads back every commitment as extracted: topics stored as places in the text give the topic written', async () => {
    const db = newLibrary(t.dir);
    const file = join(SEEDS, readdirSync(SEEDS).sort()[0]);
    await withLib(db, async (lib) => {
      await ingest(lib, [file], { jobs: 0 });
      const { id } = await lib.db.selectFrom('documents').select('id').executeTakeFirstOrThrow();
      const detail = (await documentDetail(lib.db, id))!;
      const report = readReport(readFileSync(file, 'utf8'), {});
      expect(detail.commitments.map((c) => c.topic)).toEqual(report.commitments.map((c) => c.sectionPath.at(-1) ?? null));
      // Stored by place for nearly all: a seed's topics are headings of its text.
      const stored = await lib.db.selectFrom('commitments').select(['topic', 'topic_start']).execute();
      expect(stored.filter((c) => c.topic_start !== null).length).toBeGreaterThan(stored.length * 0.9);
    });
  });
});

describe('memory of a batch (issue 23, row 6)', () => {
  it('input bytes in flight stay within the budget; a larger input goes alone; the library is the same', async () => {
    const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
    const sizes = seeds.map((f) => statSync(f).size);
    const budget = 2 * Math.max(...sizes); // room for two seeds at a time
    const inner = inlineRunner();
    let inFlight = 0;
    let most = 0;
    let together = 0;
    const runner: Runner = {
      async run(task, now) {
        const bytes = task.kind === 'file' ? statSync(task.path).size : 0;
        inFlight += bytes;
        most = Math.max(most, inFlight);
        if (inFlight > bytes) together++;
        await new Promise((r) => setTimeout(r, 5));
        const r = await inner.run(task, now);
        inFlight -= bytes;
        return r;
      },
      close: async () => {},
    };
    const big = join(t.dir, 'big-one.txt');
    writeFileSync(big, readFileSync(seeds[0], 'utf8').repeat(5)); // over the budget: alone
    const a = newLibrary(t.dir, 'budget');
    const lib = await openLibrary(a);
    try {
      const s = await ingest(lib, [...seeds, big], { runner, inFlightBytes: budget });
      expect(s).toMatchObject({ added: 6, failed: 0 });
    } finally {
      await lib.close();
    }
    expect(most).toBeLessThanOrEqual(Math.max(budget, statSync(big).size));
    expect(together).toBeGreaterThan(0); // small ones still overlap
    const b = newLibrary(t.dir, 'nobudget');
    const libB = await openLibrary(b);
    await ingest(libB, [...seeds, big], { jobs: 0 }).finally(() => libB.close());
    expect(await dumpOf(a)).toBe(await dumpOf(b));
  });
});

describe('upload (issue 23, row 10)', () => {
  it('lists the stored documents of an upload whose rows or text the library has already', async () => {
    const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const csv = `title,content\n${q('甲')},${q(seeds[0])}\n${q('乙')},${q(seeds[1])}\n`;
    const path = join(t.dir, 'two-rows.csv');
    writeFileSync(path, csv);
    const db = newLibrary(t.dir, 'upload');
    await withLib(db, async (lib) => {
      expect(await ingest(lib, [path], { jobs: 0 })).toMatchObject({ added: 2 });
      const ids = (await lib.db.selectFrom('documents').select('id').orderBy('source_path').execute()).map((d) => d.id);
      const again = await ingestUpload(lib, 'again.csv', Buffer.from(csv));
      expect(again).toMatchObject({ added: 0, unchanged: 2, failed: 0 });
      expect(again.documents.map((d) => d.id)).toEqual(ids);
      // One more row: the two stored ones and the new one.
      const more = await ingestUpload(lib, 'more.csv', Buffer.from(`${csv}${q('丙')},${q(seeds[2])}\n`));
      expect(more).toMatchObject({ added: 1, unchanged: 2 });
      expect(more.documents).toHaveLength(3);
      expect(more.documents.map((d) => d.id)).toEqual(expect.arrayContaining(ids));
      // Other bytes, the same text (a BOM): the stored document.
      const bom = await ingestUpload(lib, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seeds[0])]));
      expect(bom).toMatchObject({ added: 0, unchanged: 1 });
      expect(bom.documents.map((d) => d.id)).toEqual([ids[0]]);
    });
  }, 60_000);
});
