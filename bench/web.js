// The web workbench on localhost: time to first render of each page, API latency under load, bundle size.
//   node bench/web.js [--loads 7] [--seconds 20]     (needs npm run build; BENCH_WEB_SECONDS also sets --seconds)
// - First render: navigation start to the page's main content on screen (the page's performance mark
//   "workreport:ready", set at the first frame after its data is rendered), in Debian's Chromium with the HTTP
//   cache disabled (every load fetches the bundle); median and worst of several loads per page. Chart pages
//   also give the time their chart is drawn (its ECharts chunk loads after the page).
// - API: autocannon, 50 connections for 20 s per endpoint, each connection cycling over a few representative
//   requests; p50/p95 of every response's latency; zero errors, timeouts and non-2xx required. Run against
//   the server as shipped (read cache on) and again with the cache off, in a process of its own. The goal
//   is for compare, track, search and the document list; a whole report (the reader's request) is shown too.
//   Requests accept gzip as a browser's do (the cache compresses large answers once).
// - Bundle: every file of dist/web, gzipped (level 9); the first load is index.html + the entry script + CSS.
//   The map page's shapes (assets/map-*.js: geodata, one file loaded at a time) are data, counted beside it.
// - JavaScript transferred: what each page's load brings over the wire (Chromium's encodedDataLength of every
//   script: the brotli files built beside the assets, as the real server sends them to a browser).
// Goals (issue 8, 22): first render ≤ 1.5 s, API p95 ≤ 50 ms, bundle ≤ 600 KB gzipped, compare ≤ 300 KB of JS.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { launchChromium } from '../scripts/browser.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEB = join(ROOT, 'dist/web');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const LOADS = arg('loads', 7);
const SECONDS = arg('seconds', Number(process.env.BENCH_WEB_SECONDS ?? 20));
const CONNECTIONS = 50;
const GOALS = { render: 1500, p95: 50, bundle: 600 * 1024, compareJs: 300 * 1024 };

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const median = (xs) => pct(xs, 50);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

function bundle() {
  const files = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else files.push({ name: p.slice(WEB.length + 1), raw: statSync(p).size, gz: gzipSync(readFileSync(p), { level: 9 }).length });
    }
  };
  walk(WEB);
  // The precompressed copies (x.js.br, x.js.gz) are the same files in other encodings: counted once, as the original.
  const all = files.filter((f) => !/\.(?:br|gz)$/.test(f.name));
  const isShape = (f) => /^assets\/map-/.test(f.name);
  files.splice(0, files.length, ...all.filter((f) => !isShape(f)));
  const shapes = all.filter(isShape);
  const index = readFileSync(join(WEB, 'index.html'), 'utf8');
  const first = files.filter((f) => f.name === 'index.html' || index.includes(f.name));
  const sum = (xs) => xs.reduce((a, f) => a + f.gz, 0);
  return { files, total: sum(files), first: sum(first), shapes: { count: shapes.length, total: sum(shapes), largest: Math.max(0, ...shapes.map((f) => f.gz)) } };
}

/** The sample server in a process of its own (so that the load generator does not share its thread). */
async function server(cache) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/sample-server.js'), ...(cache ? [] : ['--no-cache'])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`sample server exited (${code})`)));
  });
  const info = JSON.parse(line);
  return { ...info, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

async function firstRender(s) {
  const NATION = encodeURIComponent('中华人民共和国');
  const qinzhou = s.docs.find((d) => d.region === '钦州市' && d.year === 2024).id;
  const pages = [
    ['library', '#/library'],
    ['reader', `#/reader/${qinzhou}`],
    ['compare', '#/compare?indicator=gdp,cpi&kind=target&year=2024&level=city'],
    ['track', `#/track?region=${NATION}&indicator=gdp`],
    ['tasks', `#/tasks/${qinzhou}`],
    ['search', `#/search?q=${encodeURIComponent('平陆运河')}`],
    ['yoy', `#/yoy?region=${NATION}&year=2024`],
    ['audit', '#/audit'],
  ];
  const browser = await launchChromium({ width: 1440, height: 900 });
  const out = [];
  try {
    for (const [name, path] of pages) {
      const ready = [];
      const chart = [];
      const js = [];
      // One warm-up load (the server's first answer for this page), then the measured ones.
      for (let i = 0; i <= LOADS; i++) {
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        const scripts = new Set();
        let bytes = 0;
        cdp.on('Network.responseReceived', (e) => e.type === 'Script' && scripts.add(e.requestId));
        cdp.on('Network.loadingFinished', (e) => scripts.has(e.requestId) && (bytes += e.encodedDataLength));
        await page.goto(`${s.url}/${path}`);
        await page.waitForSelector(`body[data-ready="${name}"]`);
        if (await page.locator('.chart').count()) await page.waitForSelector('.chart[data-chart-ready]');
        const t = await page.evaluate(() => ({
          ready: performance.getEntriesByName('workreport:ready')[0]?.startTime ?? null,
          chart: performance.getEntriesByName('workreport:chart')[0]?.startTime ?? null,
        }));
        if (i > 0) {
          ready.push(t.ready);
          js.push(bytes);
          if (t.chart !== null) chart.push(t.chart);
        }
        await page.close();
      }
      out.push({ page: name, median: median(ready), worst: Math.max(...ready), chart: chart.length ? median(chart) : null, js: median(js) });
    }
  } finally {
    await browser.close();
  }
  return out;
}

function endpoints(s) {
  const NATION = encodeURIComponent('中华人民共和国');
  const enc = encodeURIComponent;
  return {
    compare: [
      '/api/compare?indicator=gdp&kind=target&year=2024&level=city',
      '/api/compare?kind=target&year=2024&level=city',
      '/api/compare?indicator=gdp,cpi,fixed_asset_investment&kind=actual&year=2023&level=city',
      `/api/compare?indicator=gdp,cpi&kind=target&year=2024&region=${enc('钦州市')},${enc('北海市')},${NATION}`,
    ],
    track: [
      `/api/track?region=${NATION}&indicator=gdp`,
      `/api/track?region=${NATION}&indicator=cpi`,
      '/api/track?level=city&year=2023&indicator=gdp',
      `/api/track?region=${NATION}&indicator=surveyed_unemployment&year=2010-2025`,
    ],
    search: [`/api/search?q=${enc('平陆运河')}`, `/api/search?q=${enc('高质量发展')}&level=city`, `/api/search?q=${enc('西部陆海新通道')}`, `/api/search?q=${enc('乡村振兴')}&year=2018-2025`],
    documents: ['/api/documents', '/api/documents?level=city', `/api/documents?region=${NATION}&year=2010-2025`, '/api/documents?offset=50'],
    // The reader's one request: a whole report (text, parts, facts, commitments, projects; 200–300 KB of JSON).
    'document': s.docs.filter((d) => d.year >= 2023).slice(0, 4).map((d) => `/api/documents/${d.id}`),
  };
}

async function load(s, name, paths) {
  const latencies = [];
  const inst = autocannon({
    url: s.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    // As a browser asks (the workbench's own requests accept gzip).
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  inst.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  const r = await inst;
  return { endpoint: name, requests: r.requests.total, rps: r.requests.average, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), errors: r.errors + r.timeouts + r.non2xx };
}

async function apiLoad(cache) {
  const s = await server(cache);
  try {
    const rows = [];
    for (const [name, paths] of Object.entries(endpoints(s))) {
      // Warm-up: each request once (the search index is built on the first search).
      for (const p of paths) await (await fetch(s.url + p)).arrayBuffer();
      rows.push(await load(s, name, paths));
    }
    return rows;
  } finally {
    await s.stop();
  }
}

if (!existsSync(join(WEB, 'index.html'))) {
  console.error('dist/web is missing: run npm run build first');
  process.exit(1);
}
let failed = false;

const b = bundle();
console.log(`bundle (gzip -9): ${kb(b.total)} in all (goal ≤ ${kb(GOALS.bundle)}), first load ${kb(b.first)}`);
for (const f of b.files.sort((x, y) => y.gz - x.gz)) console.log(`  ${f.name.padEnd(34)} ${kb(f.raw).padStart(10)}  gz ${kb(f.gz).padStart(9)}`);
console.log(`map shapes (data, one loaded at a time on the map page): ${b.shapes.count} files, ${kb(b.shapes.total)} gzipped in all, the largest ${kb(b.shapes.largest)}`);
if (b.total > GOALS.bundle) failed = true;

const s = await server(true);
let renders;
try {
  renders = await firstRender(s);
} finally {
  await s.stop();
}
console.log(`\nfirst render, navigation start to main content (median / worst of ${LOADS} loads, HTTP cache off; goal ≤ ${GOALS.render} ms)`);
for (const r of renders) console.log(`  ${r.page.padEnd(8)} ${ms(r.median).padStart(8)} / ${ms(r.worst).padStart(8)}   JavaScript transferred ${kb(r.js).padStart(9)}${r.chart !== null ? `   chart drawn ${ms(r.chart)}` : ''}`);
if (renders.some((r) => r.median > GOALS.render)) failed = true;
const compareJs = renders.find((r) => r.page === 'compare').js;
console.log(`compare page: ${kb(compareJs)} of JavaScript transferred (goal ≤ ${kb(GOALS.compareJs)})`);
if (compareJs > GOALS.compareJs) failed = true;

for (const cache of [true, false]) {
  const rows = await apiLoad(cache);
  console.log(`\nAPI under load: ${CONNECTIONS} connections, ${SECONDS} s per endpoint, read cache ${cache ? 'on (as shipped)' : 'off'}${cache ? `; goal p95 ≤ ${GOALS.p95} ms` : ''}`);
  for (const r of rows) {
    console.log(`  ${r.endpoint.padEnd(10)} p50 ${ms(r.p50).padStart(8)}  p95 ${ms(r.p95).padStart(8)}  p99 ${ms(r.p99).padStart(8)}  ${Math.round(r.rps)} req/s  ${r.requests} requests  ${r.errors} errors`);
    if (r.errors > 0) failed = true;
    if (cache && r.endpoint !== 'document' && r.p95 > GOALS.p95) failed = true;
  }
}
process.exit(failed ? 1 : 0);
