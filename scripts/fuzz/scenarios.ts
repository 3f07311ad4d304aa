// Issue 23's rows that are about the library rather than one input: names that look like patterns (7), a library
// damaged in its middle pages (8), a full disk (9, as root: a small tmpfs), an upload whose rows are stored (10).
// Each runs the built CLI (or the store, for the upload) and says what went wrong, if anything.
import { spawnSync, execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { runCli } from './run.js';

export interface Scenario {
  row: number;
  what: string;
  problem: string | null;
  rssMb: number;
}

const ROOT = resolve(import.meta.dirname, '../..');
const REPORT = (region: string) =>
  `政府工作报告\n\n——2024年1月10日在${region}第十七届人民代表大会第四次会议上\n\n各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长6%。\n\n二、2024年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n`;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const DAMAGED = /: the library is damaged \(.+\); nothing was changed\. `workreport info --check` lists the damage; `workreport repair` copies what is readable into a new library$/;

export function runScenarios(dir: string, batchDb: string, log: (s: string) => void): Scenario[] {
  const out: Scenario[] = [];
  const run = (row: number, what: string, fn: () => { problem: string | null; rssMb: number } | null) => {
    const r = fn();
    if (!r) return log(`- row ${row} ${what}: not run (${process.getuid?.() === 0 ? 'no room' : 'needs root to mount a small disk'})`);
    out.push({ row, what, ...r });
    log(`${r.problem ? '✗' : '✓'} row ${row} ${what}${r.problem ? `: ${r.problem}` : ''}`);
  };
  const names = join(dir, 'names');
  run(7, 'a name that exists is that file, not a pattern', () => literalNames(names));
  run(8, 'a damaged library: refused, info --check, repair', () => damagedLibrary(dir));
  run(9, 'a full disk under search: the library named, nothing changed', () => fullDisk(dir, batchDb));
  run(10, 'an upload whose rows are stored lists them', () => upload(dir));
  return out;
}

function literalNames(dir: string) {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = { '政府工作报告(2024).txt': '钦州市', '政府工作报告2024.txt': '北海市', 'report[1].txt': '玉林市', 'report1.txt': '梧州市' };
  for (const [f, region] of Object.entries(files)) writeFileSync(join(dir, f), REPORT(region));
  const r = runCli(['ingest', '政府工作报告(2024).txt', 'report[1].txt', '--db', 'names.sqlite', '-q'], false, dir);
  return { problem: /^2 added, 0 unchanged, 0 failed/.test(r.stdout) ? null : `expected 2 added, got: ${r.stdout.trim()} ${r.stderr.trim()}`, rssMb: r.rssMb };
}

/** Overwrites the middle two pages of the library's largest table with noise. */
function damage(db: string): string {
  const c = new BetterSqlite3(db, { readonly: true });
  const size = c.pragma('page_size', { simple: true }) as number;
  const table = c.prepare("SELECT name FROM dbstat WHERE name NOT LIKE 'sqlite_%' GROUP BY name ORDER BY count(*) DESC LIMIT 1").pluck().get() as string;
  const pages = c.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno').pluck().all(table) as number[];
  c.close();
  const fd = openSync(db, 'r+');
  for (const p of pages.slice(Math.floor(pages.length / 2), Math.floor(pages.length / 2) + 2)) writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, (p - 1) * size);
  closeSync(fd);
  return table;
}

/** A library of the seed reports (small: checked when opened, see OPEN_CHECK_MAX_BYTES) with two damaged pages. */
function damagedLibrary(dir: string) {
  const db = join(dir, 'damaged.sqlite');
  runCli(['ingest', join(ROOT, 'corpus/seeds'), '--db', db, '-q']);
  const c = new BetterSqlite3(db);
  c.pragma('wal_checkpoint(TRUNCATE)');
  c.close();
  const table = damage(db);
  const before = sha(db);
  const problems: string[] = [];
  let rss = 0;
  const cli = (args: string[]) => {
    const r = runCli(args);
    rss = Math.max(rss, r.rssMb);
    return r;
  };
  for (const args of [['compare', '--year', '2024', '--db', db], ['ingest', join(ROOT, 'corpus/seeds'), '--db', db]]) {
    const r = cli(args);
    if (r.code !== 1 || !DAMAGED.test(r.stderr.trim())) problems.push(`${args[0]}: exit ${r.code}, ${r.stderr.trim().slice(0, 200)}`);
  }
  if (sha(db) !== before) problems.push('the damaged file was written');
  if (cli(['info', '--check', '--db', db]).code !== 1) problems.push('info --check did not report the damage');
  const to = join(dir, 'repaired.sqlite');
  const r = cli(['repair', '--db', db, '--to', to]);
  if (!/^\d+ copied, \d+ extracted again from their text, \d+ read again from their source files, \d+ lost/.test(r.stdout)) problems.push(`repair: ${r.stdout.trim()} ${r.stderr.trim().slice(0, 200)}`);
  else if (cli(['info', '--check', '--db', to]).code !== 0) problems.push('the repaired library does not pass info --check');
  return { problem: problems.length ? `(${table} damaged) ${problems.join('; ')}` : null, rssMb: rss };
}

function fullDisk(dir: string, small: string) {
  if (process.getuid?.() !== 0) return null;
  const mnt = join(dir, 'full');
  mkdirSync(mnt, { recursive: true });
  // Room for the library and its -wal and -shm files' first pages, not for the search index search builds.
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(statSync(small).size / 4096) * 4096 + 64 * 1024}`, 'tmpfs', mnt]);
  try {
    const db = join(mnt, 'lib.sqlite');
    copyFileSync(small, db);
    const r = runCli(['search', '地区生产总值', '--db', db]);
    const want = `error: ${db}: the disk is full; nothing was changed. Free some space and run the command again`;
    return { problem: r.code === 1 && r.stderr.trim() === want ? null : `exit ${r.code}: ${r.stderr.trim().slice(0, 200)}`, rssMb: r.rssMb };
  } finally {
    rmSync(join(mnt, 'lib.sqlite'), { force: true });
    execFileSync('umount', [mnt]);
  }
}

function upload(dir: string) {
  const csv = join(dir, 'upload.csv');
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  writeFileSync(csv, `title,content\n甲,${q(REPORT('钦州市'))}\n乙,${q(REPORT('北海市'))}\n`);
  const code = `
    const { openLibrary } = await import(${JSON.stringify(join(ROOT, 'dist/store/db.js'))});
    const { ingest, ingestUpload } = await import(${JSON.stringify(join(ROOT, 'dist/store/ingest.js'))});
    const { readFileSync } = await import('node:fs');
    const lib = await openLibrary(${JSON.stringify(join(dir, 'upload.sqlite'))});
    await ingest(lib, [${JSON.stringify(csv)}], { jobs: 0 });
    const r = await ingestUpload(lib, 'again.csv', readFileSync(${JSON.stringify(csv)}));
    await lib.close();
    process.stdout.write(JSON.stringify({ unchanged: r.unchanged, documents: r.documents.length }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  const want = JSON.stringify({ unchanged: 2, documents: 2 });
  return { problem: r.stdout === want ? null : `expected ${want}, got ${r.stdout} ${r.stderr.slice(0, 200)}`, rssMb: 0 };
}
