// Query latency on a library: p50/p95 of compare, panel (the API's first page), track (series and ranking) and
// search; and the same panels read whole, as an export does.
//   node bench/queries.js LIBRARY.sqlite [--runs 50]
// Needs `npm run build` (runs dist/). The library is usually the one bench/library.js builds (10,000 synthetic
// reports). The search index is built first (once, timed separately): the first search on a new library pays it.
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { statSync } from 'node:fs';
import { rng } from './library.js';
import { sql } from 'kysely';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);


const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** The bulk reads (outside the latency goal), with the rows they returned. */
export function printBulk(bulk) {
  for (const [k, v] of Object.entries(bulk))
    process.stdout.write(`${k.padEnd(16)} p50 ${String(v.p50).padStart(7)} ms   p95 ${String(v.p95).padStart(7)} ms   max ${v.max} ms   (${v.rowsP50} rows at p50, ${v.rowsMax} at most; a bulk read, outside the goal)\n`);
}

export async function benchQueries(dbPath, { runs = 50, seed = 7 } = {}) {
  const { openLibrary } = await dist('store/db.js');
  const { runCompare } = await dist('store/queries/compare.js');
  const { runPanel, runPanelPage } = await dist('store/queries/panel.js');
  const { runTrackSeries, runTrackRanking } = await dist('store/queries/track.js');
  const { search, ensureSearchIndex } = await dist('store/search.js');
  const lib = await openLibrary(dbPath);
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const distinct = async (col, where) => (await lib.db.selectFrom('documents').select(col).distinct().where(where).orderBy(col).execute()).map((r) => r[col]);
  const regions = await distinct('region', (eb) => eb.and([eb('level', 'in', ['city', 'county']), eb('region', 'is not', null)]));
  const provinces = await distinct('parent_region', (eb) => eb.and([eb('level', '=', 'city'), eb('parent_region', 'is not', null)]));
  // Cities whose counties' reports are in the library (the synthetic library of bench/library.js has them).
  const cities = await distinct('parent_region', (eb) => eb.and([eb('level', '=', 'county'), eb('parent_region', 'is not', null)]));
  // Where the library has no county reports, the county cases ask about a province's cities instead.
  const within = () => (cities.length && rand() < 0.3 ? { level: 'county', within: pick(cities) } : { level: 'city', within: pick(provinces) });
  const years = await distinct('year', (eb) => eb('year', '>=', 2000));
  const indicators = ['gdp', 'cpi', 'fixed_asset_investment', 'retail_sales', 'foreign_trade', 'public_budget_revenue', 'surveyed_unemployment'];
  const words = ['平陆运河', '西部陆海新通道', '高质量发展', '乡村振兴', '营商环境', '向海经济', '新质生产力', '粮食安全', '生态环境', '东盟', '港口', '数字经济'];

  const t0 = performance.now();
  const built = ensureSearchIndex(lib);
  const indexSeconds = (performance.now() - t0) / 1000;

  const panelFilter = () => {
    const y = pick(years);
    const span = Math.floor(rand() * 5);
    const r = rand();
    return {
      indicators: [pick(indicators)],
      kinds: rand() < 0.5 ? ['target'] : undefined,
      factYearFrom: y - span,
      factYearTo: y,
      headlineOnly: rand() < 0.5,
      ...(r < 0.3 ? within() : r < 0.5 ? { level: 'city' } : {}),
    };
  };
  // The same panels whole, as `workreport panel` or a csv download writes them: a bulk read, outside the latency
  // goal, reported with the rows it returned.
  const exportRows = [];
  const exports = {
    'panel (whole)': async () => {
      exportRows.push((await runPanel(lib.db, panelFilter())).rows.length);
    },
  };

  const cases = {
    compare: async () => {
      const r = rand();
      await runCompare(lib.db, {
        kind: rand() < 0.8 ? 'target' : 'actual',
        year: pick(years),
        ...(r < 0.4 ? { level: 'city' } : r < 0.8 ? within() : { regions: [pick(regions), pick(regions)] }),
        indicators: rand() < 0.5 ? ['gdp', 'cpi'] : undefined,
      });
    },
    // The HTTP API's panel: its first JSON page (1,000 rows), as a reader or a script asks for it.
    panel: async () => {
      await runPanelPage(lib.db, panelFilter(), { limit: 1000, offset: 0 });
    },
    'track (series)': async () => {
      await runTrackSeries(lib.db, { regions: [rand() < 0.2 ? '中华人民共和国' : pick(regions)], indicator: rand() < 0.7 ? 'gdp' : pick(indicators) });
    },
    'track (ranking)': async () => {
      await runTrackRanking(lib.db, { ...(rand() < 0.5 ? within() : { level: 'city' }), indicator: 'gdp', year: pick(years) });
    },
    search: async () => {
      const r = rand();
      await search(lib, {
        query: pick(words),
        limit: 20,
        ...(r < 0.3 ? { regions: [pick(regions)] } : r < 0.5 ? { yearFrom: pick(years), yearTo: 2025 } : {}),
      });
    },
  };
  const results = {};
  const bulk = {};
  for (const [name, fn] of [...Object.entries(cases), ...Object.entries(exports)]) {
    await fn(); // warm the statement cache
    const times = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await fn();
      times.push(performance.now() - s);
    }
    (name in cases ? results : bulk)[name] = { p50: Number(pct(times, 50).toFixed(1)), p95: Number(pct(times, 95).toFixed(1)), max: Number(Math.max(...times).toFixed(1)) };
  }
  for (const v of Object.values(bulk)) {
    v.rowsP50 = pct(exportRows, 50);
    v.rowsMax = Math.max(...exportRows);
  }
  const docs = Number((await lib.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const bytes =
    lib.backend === 'postgres'
      ? Number((await sql`SELECT pg_database_size(current_database()) AS n`.execute(lib.db)).rows[0].n)
      : statSync(dbPath).size;
  await lib.close();
  return { backend: lib.backend, documents: docs, searchIndex: { added: built.added, seconds: Number(indexSeconds.toFixed(1)) }, dbMB: Number((bytes / 1048576).toFixed(1)), latencyMs: results, bulkMs: bulk };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const db = process.argv[2];
  if (!db) {
    process.stderr.write('usage: node bench/queries.js LIBRARY.sqlite [--runs 50]\n');
    process.exit(2);
  }
  const i = process.argv.indexOf('--runs');
  const r = await benchQueries(db, { runs: i > 0 ? Number(process.argv[i + 1]) : 50 });
  process.stdout.write(`${r.documents} reports; search index: ${r.searchIndex.added} added in ${r.searchIndex.seconds}s; db ${r.dbMB} MB\n`);
  for (const [k, v] of Object.entries(r.latencyMs)) process.stdout.write(`${k.padEnd(16)} p50 ${String(v.p50).padStart(7)} ms   p95 ${String(v.p95).padStart(7)} ms   max ${v.max} ms\n`);
  printBulk(r.bulkMs);
  const goal = r.backend === 'postgres' ? 100 : 50;
  const bad = Object.entries(r.latencyMs).filter(([, v]) => v.p95 > goal);
  process.stdout.write(bad.length ? `over the ${goal} ms p95 goal: ${bad.map(([k]) => k).join(', ')}\n` : `every query p95 ≤ ${goal} ms\n`);
}
