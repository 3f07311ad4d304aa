// The server over a temporary library holding the bundled samples (seeds and the national corpus), built from
// dist/ (npm run build): for the screenshots and the web benchmark. Run as a script, it serves until SIGTERM
// and prints one JSON line {url, docs} when ready (the benchmark runs it in its own process):
//   node scripts/sample-server.js [--no-cache]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);

export async function startSampleServer({ port = 0, cache = true } = {}) {
  const { openLibrary } = await dist('store/db.js');
  const { ingest } = await dist('store/ingest.js');
  const { startServer } = await dist('server/http.js');
  const dir = mkdtempSync(join(tmpdir(), 'wr-samples-'));
  const lib = await openLibrary(join(dir, 'library.sqlite'));
  await ingest(lib, [join(ROOT, 'corpus/seeds'), join(ROOT, 'corpus/national/government_work_reports.jsonl')], { jobs: 0 });
  const server = await startServer({ lib, port, webDir: join(ROOT, 'dist/web'), cache });
  const docs = lib.sqlite.prepare('SELECT id, region, year FROM documents WHERE genre = ? ORDER BY year DESC, region_code').all('work_report');
  return {
    url: server.url.replace(/\/$/, ''),
    lib,
    docs,
    close: async () => {
      await server.close();
      await lib.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = await startSampleServer({ cache: !process.argv.includes('--no-cache') });
  process.stdout.write(JSON.stringify({ url: s.url, docs: s.docs }) + '\n');
  const stop = async () => {
    await s.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
