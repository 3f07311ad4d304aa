// PostgreSQL at team scale: N synthetic reports (default 100,000; the generator of bench/library.js) enqueued with
// `ingest --queue` and stored by 2 `worker` processes (started as the first jobs are queued); reports per second, database size, and p50/p95 of compare,
// panel, track and search (bench/queries.js) on the result. Compare with the SQLite figures at 10,000.
//   node bench/postgres.js [--n 100000] [--workers 2] [--concurrency 1] [--url postgres://…/wr_bench]
// Needs `npm run build` and PostgreSQL (127.0.0.1:5432 by default). Drops and recreates its database.
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { cachedSyntheticCorpus } from './library.js';
import { benchQueries, printBulk } from './queries.js';
import { compareToBaseline } from './baseline.js';
import pg from 'pg';
import { serverCpu } from './pg-cpu.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const n = Number(arg('n', process.env.BENCH_PG_N ?? 100000));
const workers = Number(arg('workers', 2));
const concurrency = Number(arg('concurrency', 1));
const url = arg('url', process.env.BENCH_PG_URL ?? `postgres://postgres@127.0.0.1:5432/wr_bench_${n}`);
const dir = process.env.BENCH_DIR ?? join(tmpdir(), 'wr-bench');

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/workreport.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

const files = cachedSyntheticCorpus(dir, n);

const { dropDatabase } = await import(pathToFileURL(join(root, 'dist/store/postgres/open.js')).href);
await dropDatabase(url);
/** One statement on a connection of its own (the bench's probes run beside the workers' pools). */
async function query(text) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query(text)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}
// The workers start once the first jobs are queued and run while the rest are enqueued, as a team would run them.
// A worker stops when the queue is empty; if that happens before the last job is queued, a new round starts.
const pending = async () => {
  try {
    return (await query("SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')"))[0].n;
  } catch {
    return 0; // the database or the queue is not made yet
  }
};
// The server's CPU for this database, enqueue and workers (bench/pg-cpu.js).
const cpu = serverCpu(url);
const t0 = performance.now();
let enqueueSeconds = null;
const enqueued = run(['ingest', '--queue', ...files, '--db', url, '--quiet']).then((r) => {
  enqueueSeconds = (performance.now() - t0) / 1000;
  if (r.code !== 0) throw new Error(`ingest --queue failed: ${r.err}`);
  return r;
});
while (enqueueSeconds === null && (await pending()) < 200) await new Promise((r) => setTimeout(r, 1000));
const t1 = performance.now();
// A line a minute: reports stored so far and the rate over the last minute, to see whether it holds as the library grows.
let last = { t: t1, n: 0 };
const stored = async () => (await query('SELECT count(*)::int AS n FROM documents'))[0].n;
const sampler = setInterval(async () => {
  const now = performance.now();
  const n = await stored().catch(() => last.n);
  process.stderr.write(`${((now - t1) / 1000).toFixed(0)}s: ${n} stored, ${((n - last.n) / ((now - last.t) / 1000)).toFixed(1)} reports/s over the last minute\n`);
  last = { t: now, n };
}, 60_000);
const done = [];
for (let round = 0; ; round++) {
  const finished = enqueueSeconds !== null;
  done.push(...(await Promise.all(Array.from({ length: workers }, () => run(['worker', '--until-idle', '--concurrency', String(concurrency), '--db', url, '--quiet'])))));
  if (finished && (await pending()) === 0) break;
  await Promise.race([enqueued, new Promise((r) => setTimeout(r, 1000))]);
}
await enqueued;
clearInterval(sampler);
const serverCpuMs = cpu.stop();
const workSeconds = (performance.now() - t1) / 1000;
for (const d of done) if (d.code !== 0) process.stderr.write(d.err);
const added = done.reduce((s, d) => s + Number(/^(\d+) added/.exec(d.out)?.[1] ?? 0), 0);

// What autovacuum does on a library at rest: the visibility map lets the facts_filter index answer alone (panel,
// track), and fresh statistics. Timed: a team that bulk-loads can run it at once.
const tv = performance.now();
await query('VACUUM (ANALYZE)');
const vacuumSeconds = Number(((performance.now() - tv) / 1000).toFixed(1));
// The ingest's figures first: they took the longest to get, and the queries below cannot lose them.
const dbMB = Number((Number((await query('SELECT pg_database_size(current_database())::bigint AS b'))[0].b) / 1048576).toFixed(1));
const ingestFigures = {
  backend: 'postgres',
  enqueueSeconds: Number(enqueueSeconds.toFixed(1)),
  workers,
  concurrency,
  workSeconds: Number(workSeconds.toFixed(1)),
  reportsPerSecond: Number((added / workSeconds).toFixed(1)),
  dbMB,
  vacuumSeconds,
  serverCpuMsPerReport: added ? Number((serverCpuMs / added).toFixed(1)) : null,
};
process.stdout.write(
  `postgres: ${n} reports queued in ${ingestFigures.enqueueSeconds}s while ${workers} workers ran; ${added} stored in ${ingestFigures.workSeconds}s = ${ingestFigures.reportsPerSecond} reports/s; database ${dbMB} MB\n`,
);
process.stdout.write(`VACUUM (ANALYZE) after the ingest: ${vacuumSeconds}s\n`);
process.stdout.write(`server CPU (this database's backends, enqueue and workers): ${ingestFigures.serverCpuMsPerReport} ms a report\n`);
compareToBaseline('ingest', {
  [`postgres ${n} reports/s`]: { value: ingestFigures.reportsPerSecond, better: 'higher' },
  [`postgres ${n} server CPU ms a report`]: { value: ingestFigures.serverCpuMsPerReport, better: 'lower' },
  [`postgres ${n} database MB`]: { value: dbMB, better: 'lower' },
});
const q = await benchQueries(url, { runs: 50 });
const result = { ...ingestFigures, reports: q.documents, latencyMs: q.latencyMs, bulkMs: q.bulkMs };
for (const [k, v] of Object.entries(q.latencyMs)) process.stdout.write(`${k.padEnd(16)} p50 ${String(v.p50).padStart(7)} ms   p95 ${String(v.p95).padStart(7)} ms   max ${v.max} ms\n`);
printBulk(q.bulkMs);
const bad = Object.entries(q.latencyMs).filter(([, v]) => v.p95 > 100);
process.stdout.write(bad.length ? `over the 100 ms p95 goal: ${bad.map(([k]) => k).join(', ')}\n` : 'every query p95 ≤ 100 ms\n');
process.stdout.write(JSON.stringify(result) + '\n');
