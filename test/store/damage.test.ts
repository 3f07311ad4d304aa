// A library damaged in its middle pages (issue 23, row 8): reads and writes refused with a clear message naming it,
// `info --check` lists the damage, `repair` copies what is readable into a new library (on either backend) —
// documents whose rows are damaged extracted again from their stored text, those whose text is damaged read again
// from their source files, the rest named as lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { commandError, libraryError, openLibrary } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { reviewFact } from '../../src/store/corrections.js';
import { dropLibraries, dumpAt, newLibrary } from '../support/backend.js';
import { tmpDir } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/workreport.js');
const SEEDS = join(ROOT, 'corpus/seeds');
const NATIONAL = join(ROOT, 'corpus/national/government_work_reports.jsonl');
const t = tmpDir('wr-damage-');
let clean = '';
let cleanDump = '';

const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: t.dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Overwrites the middle `n` pages of `table` (its b-tree's pages, overflow included) with seeded noise. */
function damage(db: string, table: string, n: number, seed = 7): number[] {
  const c = new BetterSqlite3(db, { readonly: true });
  const size = c.pragma('page_size', { simple: true }) as number;
  const pages = (c.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno').pluck().all(table) as number[]).filter((p) => p > 1);
  c.close();
  const mid = pages.slice(Math.floor(pages.length / 2) - Math.floor(n / 2)).slice(0, n);
  let x = seed;
  const fd = openSync(db, 'r+');
  for (const p of mid) {
    const noise = Buffer.alloc(size);
    for (let i = 0; i < size; i++) noise[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
    writeSync(fd, noise, 0, size, (p - 1) * size);
  }
  closeSync(fd);
  return mid;
}

beforeAll(async () => {
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // emitted anyway
  }
  clean = join(t.dir, 'clean.sqlite');
  const lib = await openLibrary(clean);
  await ingest(lib, [SEEDS, NATIONAL], { jobs: 0 });
  const f = await lib.db.selectFrom('facts').select(['document_id', 'ord']).where('indicator', '=', 'gdp').orderBy('document_id').executeTakeFirstOrThrow();
  await reviewFact(lib.db, `${f.document_id}:${f.ord}`, { action: 'edit', edit: { value: 9.9 }, note: 'damage' }, '2026-01-01T00:00:00.000Z');
  if (lib.backend !== 'sqlite') throw new Error('a SQLite file');
  lib.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  lib.sqlite.pragma('journal_mode = DELETE'); // one file: the pages to damage are in it
  await lib.close();
  cleanDump = await dumpAt(clean);
}, 240_000);

afterAll(async () => {
  await dropLibraries();
  t.cleanup();
});

describe('a library with damaged facts pages', () => {
  let db = '';
  beforeAll(() => {
    db = join(t.dir, 'facts-damaged.sqlite');
    copyFileSync(clean, db);
    expect(damage(db, 'facts', 2)).toHaveLength(2);
  });

  it('reads and writes are refused with one line naming the library and the way out; the file is not touched', () => {
    const before = sha(db);
    for (const args of [['compare', '--year', '2024', '--level', 'city'], ['search', '地区生产总值'], ['info'], ['ingest', join(SEEDS, '..', 'seeds')], ['reindex', '--all']]) {
      const r = cli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^error: ${db.replace(/[.]/g, '\\.')}: the library is damaged \\(.+\\); nothing was changed\\. \`workreport info --check\` lists the damage; \`workreport repair\` copies what is readable into a new library$`));
    }
    expect(sha(db)).toBe(before);
  });

  it('a query that reaches the damage past the open check is told the same way', async () => {
    const lib = await openLibrary(db, { readonly: true, check: false });
    try {
      const err = await lib.db.selectFrom('facts').selectAll().execute().then(() => null, (e) => e);
      expect(err).not.toBeNull();
      expect(String((commandError(err) as Error).message)).toMatch(/: the library is damaged \(database disk image is malformed\); nothing was changed/);
      expect(libraryError(err, db).message.startsWith(`${db}: the library is damaged`)).toBe(true);
    } finally {
      await lib.close();
    }
  });

  it('info --check lists the damage and exits 1; on the clean library it says ok', () => {
    const r = cli(['info', '--check', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^check {7}damaged: \d+ problems? \(workreport repair/m);
    const ok = cli(['info', '--check', '--db', clean]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^check {7}ok$/m);
  });

  it('repair gives back the whole library: damaged documents extracted again from their text', async () => {
    const to = newLibrary(t.dir, 'repaired-facts');
    const r = cli(['repair', '--db', db, '--to', to]);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
    expect(r.code).toBe(0);
    const [, copied, again, reread, lost] = /^(\d+) copied, (\d+) extracted again from their text, (\d+) read again from their source files, (\d+) lost; 1 corrections/.exec(r.stdout) ?? [];
    expect(Number(again)).toBeGreaterThan(0);
    expect([Number(copied) + Number(again), Number(reread), Number(lost)]).toEqual([77, 0, 0]);
    expect(await dumpAt(to)).toBe(cleanDump);
  }, 120_000);
});

describe('a library with damaged text pages', () => {
  it('repair reads the lost texts again from their source files, and names those it cannot', async () => {
    const db = join(t.dir, 'texts-damaged.sqlite');
    copyFileSync(clean, db);
    damage(db, 'document_texts', 6, 11);
    const to = newLibrary(t.dir, 'repaired-texts');
    const r = cli(['repair', '--db', db, '--to', to]);
    const m = /^(\d+) copied, (\d+) extracted again from their text, (\d+) read again from their source files, (\d+) lost;/.exec(r.stdout);
    expect(m, r.stdout + r.stderr).not.toBeNull();
    const [copied, again, reread, lost] = m!.slice(1).map(Number);
    expect(copied + again + reread + lost).toBe(77);
    expect(reread + lost).toBeGreaterThan(0);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error'));
    expect(errors).toHaveLength(lost);
    for (const e of errors) expect(e).toMatch(/^error: .+#\d+: lost: its rows, its text and its source file could not be read \(document [0-9a-f]{16}\)$/); // collection rows have no file of their own
    expect(r.code).toBe(lost ? 1 : 0);
    // What came back is what was there.
    const lines = new Set(cleanDump.split('\n'));
    const back = (await dumpAt(to)).split('\n').filter((l) => !l.startsWith('corrections'));
    expect(back.filter((l) => !lines.has(l))).toEqual([]);
  }, 120_000);
});

describe('a library whose packed text does not unpack', () => {
  it('repair reads that report again from its source file, and copies the rest as they were', async () => {
    const db = join(t.dir, 'text-garbled.sqlite');
    copyFileSync(clean, db);
    // Pages that read but a text that does not (store/texts.ts): a report of its own file, not a collection row.
    const c = new BetterSqlite3(db);
    const id = c.prepare("SELECT id FROM documents WHERE source_path NOT LIKE '%#%' ORDER BY id LIMIT 1").pluck().get() as string;
    c.prepare("UPDATE document_texts SET packed = X'01FFFF00' WHERE document_id = ?").run(id);
    c.close();
    const to = newLibrary(t.dir, 'repaired-garbled');
    const r = cli(['repair', '--db', db, '--to', to]);
    expect(r.stdout, r.stderr).toMatch(/^76 copied, 0 extracted again from their text, 1 read again from their source files, 0 lost;/);
    expect(r.code).toBe(0);
    const back = (await dumpAt(to)).split('\n').filter((l) => !l.startsWith('corrections') && !l.startsWith('documents'));
    expect(back).toEqual(cleanDump.split('\n').filter((l) => !l.startsWith('corrections') && !l.startsWith('documents')));
  }, 120_000);
});
