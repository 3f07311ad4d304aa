// The real-report corpus for the ingest benchmarks: the province and main-city work reports of lawtext/gov (its
// folders 政府工作报告-省自治区 and 政府工作报告-主要城市, never 政府工作报告-其他地市, never a report of 2026), written as
// .md files from a local clone or bare mirror of that repository. Made, not committed: the texts are lawtext's.
//   node bench/real-corpus.js [--repo /work/.mirror/lawtext+gov/repo] [--out /tmp/real-corpus]
// Exports realCorpus() for bench/library.js and bench/postgres.js: the folder's files, made on first use.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LAWTEXT_REPO = process.env.BENCH_LAWTEXT_REPO ?? '/work/.mirror/lawtext+gov/repo';
export const REAL_CORPUS_DIR = process.env.BENCH_REAL_CORPUS ?? '/tmp/real-corpus';
const FOLDERS = ['政府工作报告-省自治区', '政府工作报告-主要城市'];
/** Reports of this year and later are held out (reserved for evaluation elsewhere). */
const FIRST_RESERVED_YEAR = 2026;

/** The blobs to write: [path in the repository, blob id], reports of reserved years left out by name. */
function listReports(repo) {
  const out = execFileSync('git', ['-C', repo, '-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', 'HEAD', '--', ...FOLDERS], {
    maxBuffer: 64 << 20,
  }).toString();
  const list = [];
  for (const entry of out.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(entry);
    if (!m) continue;
    const [, blob, path] = m;
    const year = Number(/(\d{4})\.md$/.exec(path)?.[1]);
    if (!FOLDERS.includes(path.split('/')[0]) || !year || year >= FIRST_RESERVED_YEAR) continue;
    list.push([path, blob]);
  }
  return list.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** Writes the corpus into `out` (folders as in the repository); returns the files. Rebuilt unless marked done. */
export function realCorpus({ repo = LAWTEXT_REPO, out = REAL_CORPUS_DIR } = {}) {
  const mark = join(out, '.done');
  if (existsSync(mark)) return filesUnder(out);
  if (!existsSync(repo)) return null;
  rmSync(out, { recursive: true, force: true });
  const reports = listReports(repo);
  // A git process a blob: 1,532 of them take a few seconds, once.
  for (const [path, blob] of reports) {
    const r = spawnSync('git', ['-C', repo, 'cat-file', 'blob', blob], { maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`git cat-file ${blob} (${path}) failed: ${r.stderr}`);
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), r.stdout);
  }
  writeFileSync(mark, `${reports.length} reports from ${repo}\n`);
  return filesUnder(out);
}

function filesUnder(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md')) files.push(join(d, e.name));
    }
  };
  walk(dir);
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const files = realCorpus({ repo: arg('repo', LAWTEXT_REPO), out: arg('out', REAL_CORPUS_DIR) });
  if (!files) {
    process.stderr.write(`no lawtext/gov repository at ${arg('repo', LAWTEXT_REPO)}\n`);
    process.exit(1);
  }
  process.stdout.write(`${files.length} reports in ${arg('out', REAL_CORPUS_DIR)}\n`);
}
