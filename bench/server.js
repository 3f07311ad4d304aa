// The server under writes (issue 22): the real server (`workreport serve`, built in dist/) in its own process,
// loaded by autocannon with N connections (default 50: 10 on /api/health, 20 on /api/compare, 20 on /api/search),
// p50 / p95 / p99 / max latency of each endpoint, errors and timeouts, in four phases:
//   idle     nothing else runs (10 s);
//   upload   a 40 MB collection (jsonl of real reports) POSTed to /api/documents, until it answers;
//   ingest   `workreport ingest` of other reports into the served library from another process, until it ends;
//   index    after another outside ingest (no load meanwhile), the search index brought up to date (10 s).
// Each phase also gives the server's peak RSS (sampled from /proc every 100 ms).
// Texts: lawtext/gov's reports in /tmp/real-corpus when present (bench/real-corpus.js), else the bundled
// national collection repeated with a marker line (each copy a different text).
//   node bench/server.js [--connections 50] [--seconds 10] [--upload-mb 40] [--skip upload,ingest]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { request } from 'node:http';
import autocannon from 'autocannon';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/workreport.js');
const REAL = process.env.BENCH_REAL_CORPUS ?? '/tmp/real-corpus';
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const CONNECTIONS = arg('connections', 50);
const SECONDS = arg('seconds', 10);
const UPLOAD_MB = arg('upload-mb', 40);
const SKIP = new Set((process.argv[process.argv.indexOf('--skip') + 1] ?? '').split(','));
const skip = (name) => process.argv.includes('--skip') && SKIP.has(name);

const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const f = (n) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : Math.round(n).toString()) : '–');

function cli(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`workreport ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Report files of the real corpus (sorted), or none. */
function realFiles() {
  if (!existsSync(join(REAL, '.done'))) return [];
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md')) out.push(join(d, e.name));
    }
  };
  walk(REAL);
  return out.sort();
}

/** Rows {title, content} of about `mb` MB: real reports from `files`, or the national collection with a marker. */
function collection(path, mb, files) {
  const rows = [];
  let bytes = 0;
  const national = readFileSync(join(ROOT, 'corpus/national/government_work_reports.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (let i = 0; bytes < mb * 1048576; i++) {
    let row;
    if (i < files.length) {
      const p = relative(REAL, files[i]).split('/');
      row = { title: `${p.at(-2)}${p.at(-1).replace('.md', '')}年政府工作报告`, content: readFileSync(files[i], 'utf8') };
    } else {
      const n = national[i % national.length];
      row = { title: n.title, content: `${n.content}\n\n（副本 ${i}）` };
    }
    const line = JSON.stringify(row) + '\n';
    bytes += Buffer.byteLength(line);
    rows.push(line);
  }
  writeFileSync(path, rows.join(''));
  return rows.length;
}

async function startServer(db) {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.on('line', (l) => {
      const m = /workbench\s+(http\S+)/.exec(l);
      if (m) resolve(m[1].replace(/\/$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  return { url, pid: child.pid, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

function rssOf(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  } catch {
    return 0;
  }
}

const enc = encodeURIComponent;
const ENDPOINTS = {
  health: { share: 0.2, paths: ['/api/health'] },
  compare: {
    share: 0.4,
    paths: [
      '/api/compare?indicator=gdp&kind=target&year=2024&level=province',
      '/api/compare?kind=target&year=2024&level=city',
      '/api/compare?indicator=gdp,cpi,fixed_asset_investment&kind=actual&year=2023&level=province',
      `/api/compare?indicator=gdp,cpi&kind=target&year=2024&region=${enc('广东省')},${enc('福建省')},${enc('中华人民共和国')}`,
    ],
  },
  search: {
    share: 0.4,
    paths: [`/api/search?q=${enc('平陆运河')}`, `/api/search?q=${enc('高质量发展')}&level=province`, `/api/search?q=${enc('西部陆海新通道')}`, `/api/search?q=${enc('乡村振兴')}&year=2018-2025`],
  },
};

/** Load on every endpoint until `until` settles (and at least SECONDS); latencies per endpoint. */
async function load(url, until) {
  const runs = Object.entries(ENDPOINTS).map(([name, e]) => {
    const lat = [];
    const inst = autocannon({
      url,
      connections: Math.max(1, Math.round(CONNECTIONS * e.share)),
      duration: 3600,
      timeout: 30,
      headers: { 'accept-encoding': 'gzip' },
      requests: e.paths.map((path) => ({ method: 'GET', path })),
    });
    inst.on('response', (_c, _s, _b, t) => lat.push(t));
    return { name, inst, lat, done: inst };
  });
  const t0 = Date.now();
  await Promise.all([until, new Promise((r) => setTimeout(r, SECONDS * 1000))]);
  const seconds = (Date.now() - t0) / 1000;
  for (const r of runs) r.inst.stop();
  const out = {};
  for (const r of runs) {
    const res = await r.done;
    out[r.name] = { n: r.lat.length, p50: pct(r.lat, 50), p95: pct(r.lat, 95), p99: pct(r.lat, 99), max: r.lat.reduce((m, x) => (x > m ? x : m), 0), failed: res.errors + res.timeouts + res.non2xx, over1s: r.lat.filter((x) => x > 1000).length };
  }
  return { seconds, endpoints: out };
}

async function phase(name, server, event) {
  let peak = rssOf(server.pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(server.pid))), 100);
  const t0 = Date.now();
  let took = null;
  const until = event().then((info) => ((took = (Date.now() - t0) / 1000), info));
  const r = await load(server.url, until);
  clearInterval(timer);
  const info = await until;
  console.log(`\n${name}: ${r.seconds.toFixed(1)} s of load${took !== null && event !== idle ? `, the ${name} took ${took.toFixed(1)} s` : ''}; server peak RSS ${Math.round(peak / 1048576)} MB${info ? `; ${info}` : ''}`);
  console.log('  endpoint   requests   p50    p95    p99     max   failed  >1s');
  for (const [k, v] of Object.entries(r.endpoints)) {
    console.log(`  ${k.padEnd(9)} ${String(v.n).padStart(9)} ${f(v.p50).padStart(6)} ${f(v.p95).padStart(6)} ${f(v.p99).padStart(6)} ${f(v.max).padStart(7)} ${String(v.failed).padStart(8)} ${String(v.over1s).padStart(4)}`);
  }
  return { ...r, peakRss: peak, took };
}

const idle = async () => null;

/** POSTs a file as the body, streamed, with its Content-Length. */
function post(url, path, size) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-length': size, 'content-type': 'application/octet-stream' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    createReadStream(path).pipe(req);
  });
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('build first: npm run build:node');
  const dir = mkdtempSync(join(tmpdir(), 'wr-bench-server-'));
  const db = join(dir, 'library.sqlite');
  const files = realFiles();
  const [base, upload, outside1, outside2] = files.length >= 1500 ? [files.slice(0, 300), files.slice(300, 1100), files.slice(1100, 1250), files.slice(1250, 1400)] : [[], [], [], []];
  console.log(`texts: ${files.length ? `${files.length} reports of ${REAL}` : 'the bundled national collection (no real corpus)'}; ${CONNECTIONS} connections`);
  cli(['ingest', join(ROOT, 'corpus/seeds'), join(ROOT, 'corpus/national/government_work_reports.jsonl'), ...base, '--db', db]);
  cli(['search', '平陆运河', '--db', db]); // the index, built before the server starts
  const up = join(dir, 'upload.jsonl');
  const rows = collection(up, UPLOAD_MB, upload);
  const ingestFiles = (list, tag) => {
    if (list.length) return list;
    const p = join(dir, `${tag}.jsonl`);
    collection(p, 8, []);
    return [p];
  };
  const outA = ingestFiles(outside1, 'outside1');
  const outB = ingestFiles(outside2, 'outside2');
  const server = await startServer(db);
  try {
    for (const p of Object.values(ENDPOINTS).flatMap((e) => e.paths)) await (await fetch(server.url + p)).arrayBuffer();
    await phase('idle', server, idle);
    if (!skip('upload')) await phase('upload', server, async () => {
      const size = statSync(up).size;
      const { status, body } = await post(`${server.url}/api/documents?name=upload.jsonl`, up, size);
      return `upload of ${(size / 1048576).toFixed(1)} MB (${rows} rows): HTTP ${status}, ${JSON.parse(body).added ?? body.slice(0, 200)} added`;
    });
    if (!skip('ingest')) await phase('ingest', server, () => new Promise((resolve, reject) => {
      const c = spawn(process.execPath, [BIN, 'ingest', ...outA, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      c.stderr.on('data', (d) => (err = (err + d).slice(-400)));
      c.once('error', reject);
      c.once('exit', (code) => resolve(`ingest of ${outA.length} inputs from another process (exit ${code}${code ? `: ${err.trim().split('\n').at(-1)}` : ''})`));
    }));
    // Not under load; exit 1 when some input failed, or the library stayed locked past the busy_timeout.
    if (!skip('index')) spawnSync(process.execPath, [BIN, 'ingest', ...outB, '--db', db], { stdio: 'ignore' });
    if (!skip('index')) await phase('index', server, async () => `index update after an outside ingest of ${outB.length} inputs`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
