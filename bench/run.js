// `npm run bench`: every benchmark in its own process (so each peak-memory figure is its own), in order:
// extraction throughput, plan extraction, follow-up matching, library ingest of real reports (the bundled and
// development reports, and lawtext/gov's when on this machine) and of 10,000 synthetic reports, query latencies, and
// the web workbench (first render per page, API latency under load, bundle size), the server under writes. Each prints its figures against the
// previous run's (bench/baseline.json; bench/baseline.js) and names the ones that regressed.
//   BENCH_N=2000 npm run bench   (a smaller library)
//   BENCH_PG_N=20000 npm run bench   (a smaller PostgreSQL run; 100,000 takes about an hour on 2 cores: README)
//   BENCH_SKIP=postgres npm run bench   (leave a step out)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const n = process.env.BENCH_N ?? '10000';
const dir = process.env.BENCH_DIR ?? join(tmpdir(), 'wr-bench');
const db = join(dir, `library-${n}.sqlite`);

const steps = [
  ['extraction', ['--expose-gc', join(here, 'extract.js')]],
  ['plan extraction', [join(here, 'plan.js')]],
  ['follow-up matching', [join(here, 'followup.js')]],
  ['library ingest of real reports (bundled, development set, lawtext/gov when present)', [join(here, 'library.js'), '--real', '--dir', dir]],
  [`library ingest (${n} synthetic reports)`, [join(here, 'library.js'), '--n', n, '--dir', dir]],
  ['queries', [join(here, 'queries.js'), db]],
  ['web workbench (first render, API under load, bundle)', [join(here, 'web.js')]],
  // The real server under 50 connections while a 40 MB upload, an outside ingest and an index update run.
  ['server under writes (upload, ingest, index update)', [join(here, 'server.js')]],
  // PostgreSQL (needs the server): BENCH_PG_N reports queued and stored by 2 workers, then the same queries.
  [`postgres (${process.env.BENCH_PG_N ?? '100000'} reports, 2 workers)`, [join(here, 'postgres.js'), '--n', process.env.BENCH_PG_N ?? '100000']],
];

let failed = false;
for (const [name, args] of steps) {
  const script = args.find((a) => a.endsWith('.js'));
  if (!existsSync(script)) continue;
  if ((process.env.BENCH_SKIP ?? '').split(',').some((k) => k && name.startsWith(k))) continue;
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
