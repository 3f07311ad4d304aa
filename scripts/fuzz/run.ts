// `npm run fuzz` (and its short form inside `npm test`): every hostile kind through the built CLI, one process
// each, under a timeout; then all of them in one ingest batch. Prints per kind the outcome, time per MB and peak
// RSS, and one summary line. Exit 1 when a kind crashed, hung, printed a stack trace or broke a bound.
//   npx tsx scripts/fuzz/run.ts [--quick] [--dir DIR]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, lstatSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusKinds, type Kind } from './kinds.js';
import { runScenarios, type Scenario } from './scenarios.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/workreport.js');
const TIMEOUT_MS = 120_000;
export const RSS_LIMIT_MB = 1024;

export interface Outcome {
  kind: string;
  name: string;
  expect: Kind['expect'];
  code: number | null;
  result: 'error' | 'ok' | 'crash' | 'hang' | 'stack';
  errorLines: string[];
  mb: number;
  seconds: number;
  rssMb: number;
  msPerMb: number | null;
  problem: string | null;
}

function sizeOf(path: string): number {
  try {
    const st = lstatSync(path);
    return st.isFile() ? statSync(path).size : 0;
  } catch {
    return 0;
  }
}

/** One CLI run under /usr/bin/time (wall seconds, max RSS), killed after the timeout. */
export function runCli(args: string[], asNobody = false, cwd?: string): { code: number | null; stdout: string; stderr: string; seconds: number; rssMb: number; timedOut: boolean } {
  const stats = join(tmpdir(), `wr-fuzz-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const inner = [process.execPath, BIN, ...args];
  const wrapped = asNobody && process.getuid?.() === 0 ? ['runuser', '-u', 'nobody', '--', ...inner] : inner;
  // The child's standard output goes to a file, not into this process: extract --json of a 40 MB input prints
  // hundreds of MB, which held as one string made this process the run's largest. Read back only its head.
  const out = `${stats}.out`;
  const fd = openSync(out, 'w');
  const selfMb = process.memoryUsage().rss / 1048576;
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', stats, ...wrapped], { cwd, encoding: 'utf8', timeout: TIMEOUT_MS, stdio: ['ignore', fd, 'pipe'], maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL' });
  closeSync(fd);
  const stdout = headOf(out, STDOUT_HEAD_BYTES);
  rmSync(out, { force: true });
  let seconds = NaN;
  let rssMb = NaN;
  if (existsSync(stats)) {
    const [s, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    seconds = s;
    rssMb = kb / 1024;
    rmSync(stats, { force: true });
  }
  // This process waits while the child runs (spawnSync), so the two together peak at its RSS now plus the child's peak.
  if (selfMb + (rssMb || 0) > together.mb) Object.assign(together, { mb: selfMb + (rssMb || 0), selfMb, childMb: rssMb || 0, what: args.slice(0, 3).join(' ') });
  const timedOut = r.error !== undefined && /ETIMEDOUT/.test(String((r.error as NodeJS.ErrnoException).code ?? r.error));
  return { code: r.status, stdout, stderr: r.stderr ?? '', seconds, rssMb, timedOut };
}

/** The most this process and a child of it held at once over the run. */
const together = { mb: 0, selfMb: 0, childMb: 0, what: '' };

/** What the checks read of a run's output: all of it up to 8 MB (their outputs are small), else its start. */
const STDOUT_HEAD_BYTES = 8 * 1024 * 1024;

function headOf(path: string, max: number): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(max, fstatSync(fd).size));
    readSync(fd, buf, 0, buf.length, 0);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const STACK = /\n\s+at .+\(.+:\d+:\d+\)|^\s+at .+:\d+:\d+$|Error: .+\n\s+at /m;

export function judge(k: Kind & { path: string }, run: ReturnType<typeof runCli>, startup: number, normalMsPerMb: number): Outcome {
  const mb = sizeOf(k.path) / 1024 / 1024;
  const errorLines = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('warning: '));
  let result: Outcome['result'];
  if (run.timedOut) result = 'hang';
  else if (STACK.test(run.stderr)) result = 'stack';
  else if (run.code === 0 && run.stdout.trim().startsWith('{')) result = 'ok';
  else if (run.code === 1 && errorLines.length === 1 && errorLines[0].startsWith(`error: ${k.path}: `)) result = 'error';
  // A collection names each bad row (file#row) and reads the others.
  else if (run.code === 1 && /\.(jsonl|csv)$/.test(k.path) && errorLines.length > 0 && errorLines.every((l) => l.startsWith(`error: ${k.path}`))) result = run.stdout.trim() ? 'ok' : 'error';
  else result = 'crash';
  const work = Math.max(0, run.seconds - startup) * 1000;
  const msPerMb = mb >= 0.5 ? work / mb : null;
  let problem: string | null = null;
  if (result === 'crash' || result === 'hang' || result === 'stack') problem = `${result} (exit ${run.code}): ${run.stderr.slice(0, 300).replace(/\n/g, ' ⏎ ')}`;
  else if (k.expect !== 'either' && result !== k.expect) problem = `expected ${k.expect}, got ${result}: ${errorLines[0] ?? ''}`;
  else if (k.errors && !errorsMatch(k, errorLines)) problem = `expected ${k.errors.length} error line(s) like ${k.errors.join(', ')}, got: ${errorLines.join(' | ').slice(0, 300)}`;
  else if (k.check && k.check(run.stdout)) problem = k.check(run.stdout);
  else if (msPerMb !== null && msPerMb > 10 * normalMsPerMb) problem = `${msPerMb.toFixed(0)} ms/MB, over 10× a normal report (${normalMsPerMb.toFixed(0)} ms/MB)`;
  else if (run.rssMb > RSS_LIMIT_MB) problem = `peak RSS ${run.rssMb.toFixed(0)} MB over ${RSS_LIMIT_MB} MB`;
  return { kind: k.kind, name: k.name, expect: k.expect, code: run.code, result, errorLines, mb, seconds: run.seconds, rssMb: run.rssMb, msPerMb, problem };
}

/** Each error line, less `error: <file>` (and `: `), matches its pattern, as many lines as patterns. */
function errorsMatch(k: Kind & { path: string }, lines: string[]): boolean {
  const rest = lines.map((l) => l.slice(`error: ${k.path}`.length).replace(/^: /, ''));
  return rest.length === k.errors!.length && k.errors!.every((re, i) => re.test(rest[i]));
}

/** A normal report of about 1 MB (the seeds, repeated): what time per MB the engine takes on real text. */
function normalReference(dir: string): string {
  const seeds = readdirSync(join(ROOT, 'corpus/seeds')).map((f) => readFileSync(join(ROOT, 'corpus/seeds', f), 'utf8'));
  let text = '';
  while (Buffer.byteLength(text) < 1024 * 1024) for (const s of seeds) text += s + '\n\n';
  const p = join(dir, 'normal-1mb.txt');
  writeFileSync(p, text);
  return p;
}

export interface FuzzSummary {
  kinds: number;
  errors: number;
  extractions: number;
  crashes: number;
  hangs: number;
  stacks: number;
  problems: string[];
  worstMsPerMb: { value: number; kind: string } | null;
  worstRss: { value: number; kind: string };
  normalMsPerMb: number;
  batch: { code: number | null; errorLines: number; stackTraces: boolean; usable: boolean; rssMb: number };
  /** Issue 23's rows 1–10: each covered by a kind or a scenario, and whether it held. */
  rows: Record<number, boolean>;
  /** Peak RSS of the run: this process's own and the largest child's (they run one at a time). */
  rss: { selfMb: number; childMb: number; child: string; ownPeakMb: number };
  outcomes: Outcome[];
}

/** The corpus written by a child process (its large strings never live in this one), and its kinds. */
function writeCorpus(dir: string, quick: boolean): Array<Kind & { path: string }> {
  const script = join(ROOT, 'scripts/fuzz/write-corpus.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, dir, ...(quick ? ['--quick'] : [])], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`writing the fuzz corpus failed (exit ${r.status})`);
  return corpusKinds(dir, quick);
}

export function runFuzz(opts: { quick: boolean; dir?: string; log?: (s: string) => void }): FuzzSummary {
  const log = opts.log ?? ((s: string) => process.stdout.write(s + '\n'));
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'wr-fuzz-'));
  const corpusDir = join(dir, 'corpus');
  const kinds = writeCorpus(corpusDir, opts.quick);
  // Start-up (node, the CLI, the engine) on the smallest real report; the reference time per MB on 1 MB of it.
  const baseline = kinds.find((k) => k.name === 'baseline.txt')!;
  const startup = Math.min(...[0, 1, 2].map(() => runCli(['extract', '--json', '--', baseline.path]).seconds));
  const normal = normalReference(dir);
  const normalRun = runCli(['extract', '--json', '--', normal]);
  const normalMsPerMb = Math.max(1, ((normalRun.seconds - startup) * 1000) / (sizeOf(normal) / 1024 / 1024));
  const outcomes: Outcome[] = [];
  for (const k of kinds) {
    const run = runCli(['extract', '--json', '--', k.path], k.asNobody);
    const o = judge(k, run, startup, normalMsPerMb);
    outcomes.push(o);
    log(
      `${o.problem ? '✗' : '✓'} ${o.kind.padEnd(44)} ${o.result.padEnd(6)} ${o.seconds.toFixed(2).padStart(6)} s ${(o.msPerMb === null ? '' : `${o.msPerMb.toFixed(0)} ms/MB`).padStart(11)} ${o.rssMb.toFixed(0).padStart(5)} MB${o.problem ? `  ${o.problem}` : o.result === 'error' ? `  ${o.errorLines[0].slice(`error: ${join(corpusDir, k.name)}: `.length)}` : ''}`,
    );
  }
  // All of them in one batch: one line per bad file, the rest stored, the library usable afterwards.
  const db = join(dir, 'library.sqlite');
  const batchInputs = kinds.filter((k) => !k.asNobody).map((k) => k.path);
  // What writing the corpus left behind goes before the largest child runs (npm run fuzz exposes gc).
  (globalThis as { gc?: () => void }).gc?.();
  const batch = runCli(['ingest', '--db', db, '-q', '--', ...batchInputs]);
  const batchErrors = batch.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('warning: '));
  const usable = runCli(['compare', '--year', '2024', '--db', db, '--format', 'json']).code === 0;
  // Each bad input fails alone (as many failures as error lines alone), the rest is committed.
  const failedAlone = outcomes.filter((o) => !kinds.find((k) => k.name === o.name)?.asNobody).reduce((n, o) => n + (o.result === 'error' || /\.(jsonl|csv)$/.test(o.name) ? o.errorLines.length : 0), 0);
  const summaryLine = /(\d+) added, (\d+) unchanged, (\d+) failed/.exec(batch.stdout);
  const committed = summaryLine ? Number(summaryLine[1]) + Number(summaryLine[2]) : -1;
  const aloneOk = summaryLine !== null && Number(summaryLine[3]) === failedAlone && batchErrors.length === failedAlone;
  const batchOk = !batch.timedOut && !STACK.test(batch.stderr) && (batch.code === 0 || batch.code === 1) && usable && aloneOk && batch.rssMb <= RSS_LIMIT_MB && batchErrors.every((l) => /^(?:\/|\S).+?: .+/.test(l));
  log(`${batchOk ? '✓' : '✗'} one ingest batch of every kind: exit ${batch.code}, ${batchErrors.length} error lines (${failedAlone} alone), ${committed} committed, peak RSS ${batch.rssMb.toFixed(0)} MB, library usable: ${usable}`);
  const scenarios = runScenarios(dir, db, log);

  const withMb = outcomes.filter((o) => o.msPerMb !== null);
  const worstMs = withMb.length ? withMb.reduce((a, b) => (b.msPerMb! > a.msPerMb! ? b : a)) : null;
  const worstRss = outcomes.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
  const summary: FuzzSummary = {
    kinds: outcomes.length,
    errors: outcomes.filter((o) => o.result === 'error').length,
    extractions: outcomes.filter((o) => o.result === 'ok').length,
    crashes: outcomes.filter((o) => o.result === 'crash').length,
    hangs: outcomes.filter((o) => o.result === 'hang').length,
    stacks: outcomes.filter((o) => o.result === 'stack').length,
    problems: [
      ...outcomes.filter((o) => o.problem).map((o) => `${o.kind}: ${o.problem}`),
      ...(batchOk ? [] : [`batch: exit ${batch.code}, usable ${usable}, ${batchErrors.length} error lines for ${failedAlone} alone, peak RSS ${batch.rssMb.toFixed(0)} MB: ${batch.stderr.slice(0, 300)}`]),
      ...scenarios.filter((c) => c.problem).map((c) => `row ${c.row} (${c.what}): ${c.problem}`),
    ],
    worstMsPerMb: worstMs ? { value: worstMs.msPerMb!, kind: worstMs.kind } : null,
    worstRss: { value: worstRss.rssMb, kind: worstRss.kind },
    normalMsPerMb,
    batch: { code: batch.code, errorLines: batchErrors.length, stackTraces: STACK.test(batch.stderr), usable, rssMb: batch.rssMb },
    rows: rowsHeld(kinds, outcomes, scenarios, batchOk),
    rss: peakRss(outcomes, batch.rssMb, scenarios),
    outcomes,
  };
  log(
    `fuzz: ${summary.kinds} kinds tried, ${summary.errors} clear errors, ${summary.extractions} extractions, ${summary.crashes} crashes, ${summary.hangs} hangs, ${summary.stacks} stack traces; ` +
      `worst ${summary.worstMsPerMb ? `${summary.worstMsPerMb.value.toFixed(0)} ms/MB (${summary.worstMsPerMb.kind}; a normal report ${normalMsPerMb.toFixed(0)} ms/MB)` : 'n/a'}, ` +
      `worst RSS ${summary.worstRss.value.toFixed(0)} MB (${summary.worstRss.kind}); batch of all: exit ${batch.code}, library usable: ${usable}`,
  );
  const rows = Object.entries(summary.rows);
  log(`issue 23 rows: ${rows.map(([r, ok]) => `${r} ${ok ? '✓' : '✗'}`).join(', ')}${rows.length < 10 ? ` (${10 - rows.length} not run in this form)` : ''}`);
  log(`peak RSS of the run: ${(summary.rss.selfMb + summary.rss.childMb).toFixed(0)} MB (this process ${summary.rss.selfMb.toFixed(0)} MB while its child ${summary.rss.child} peaked at ${summary.rss.childMb.toFixed(0)} MB; limit ${RSS_LIMIT_MB} MB); this process alone at most ${summary.rss.ownPeakMb.toFixed(0)} MB (the corpus is written by a child of its own)`);
  if (summary.rss.selfMb + summary.rss.childMb > RSS_LIMIT_MB) summary.problems.push(`peak RSS of the run ${(summary.rss.selfMb + summary.rss.childMb).toFixed(0)} MB over ${RSS_LIMIT_MB} MB`);
  if (!opts.dir) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // an unreadable file left behind in a temp folder is harmless
    }
  }
  return summary;
}

function rowsHeld(kinds: Kind[], outcomes: Outcome[], scenarios: Scenario[], batchOk: boolean): Record<number, boolean> {
  const rows: Record<number, boolean> = {};
  const hold = (r: number, ok: boolean) => (rows[r] = (rows[r] ?? true) && ok);
  for (const k of kinds) if (k.row) hold(k.row, !outcomes.find((o) => o.name === k.name)?.problem);
  if (rows[6] !== undefined) hold(6, batchOk); // a folder of bad files: each fails alone, the rest committed
  for (const c of scenarios) hold(c.row, !c.problem);
  return Object.fromEntries(Object.entries(rows).sort(([a], [b]) => Number(a) - Number(b)));
}

function peakRss(outcomes: Outcome[], batchMb: number, scenarios: Scenario[]): FuzzSummary['rss'] {
  const children = [...outcomes.map((o) => ({ mb: o.rssMb, what: o.kind })), { mb: batchMb, what: 'the batch' }, ...scenarios.map((c) => ({ mb: c.rssMb, what: `row ${c.row}` }))];
  const top = children.reduce((a, b) => (b.mb > a.mb ? b : a));
  // The run's peak is the most this process and the child it waited on held together (they alone run then);
  // this process's own peak, while it wrote the corpus, came when no child ran.
  return { selfMb: together.selfMb, childMb: together.childMb, child: together.childMb === top.mb ? top.what : together.what, ownPeakMb: process.resourceUsage().maxRSS / 1024 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const i = process.argv.indexOf('--dir');
  const s = runFuzz({ quick, dir: i > 0 ? process.argv[i + 1] : undefined });
  for (const p of s.problems) process.stdout.write(`problem: ${p}\n`);
  process.exit(s.problems.length ? 1 : 0);
}
