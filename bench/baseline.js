// The benchmarks' figures against the previous run, kept in bench/baseline.json: one section per benchmark
// ("ingest", "extract", …), each figure with whether higher or lower is better. A benchmark calls
//   const rows = compareToBaseline('ingest', { 'dev reports/s': { value: 104.2, better: 'higher' }, … });
// which prints each figure beside the previous one with the ratio, marks those that moved the wrong way by more than
// the tolerance (20% by default: runs on this shared machine vary by about that much) as regressed, records the new
// figures in their section (leaving the other sections as they are), and returns the rows.
//   BENCH_BASELINE=PATH    another file (a CI's own)
//   BENCH_KEEP_BASELINE=1  compare only; leave the file as it is
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASELINE_PATH = process.env.BENCH_BASELINE ?? join(dirname(fileURLToPath(import.meta.url)), 'baseline.json');

export function readBaseline(path = BASELINE_PATH) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

/** Records figures in one section of the file (its other figures and the other sections as they were), through a
 * temporary file renamed over it. Each figure carries the time it was measured. */
export function writeSection(section, figures, path = BASELINE_PATH) {
  const all = readBaseline(path);
  const at = new Date().toISOString();
  const stamped = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, { ...v, measured: at }]));
  all[section] = { ...all[section], ...stamped };
  writeFileSync(`${path}.tmp`, JSON.stringify(all, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
}

/**
 * One row per figure: now, before (the baseline's, or null), now ÷ before, and whether it regressed (moved the wrong
 * way by more than `tolerance`, as a share of before).
 */
export function compareFigures(now, before = {}, tolerance = 0.2) {
  return Object.entries(now).map(([name, { value, better }]) => {
    const prev = before[name]?.value ?? null;
    const ratio = prev ? value / prev : null;
    const regressed = ratio !== null && (better === 'higher' ? ratio < 1 - tolerance : ratio > 1 + tolerance);
    return { name, value, before: prev, ratio, better, regressed };
  });
}

const fmt = (v) => (v === null ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

/** The rows as a table: name, now, before, ratio, and the word REGRESSED where one did. */
export function formatComparison(section, rows) {
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = rows.map(
    (r) =>
      `  ${r.name.padEnd(width)}  ${fmt(r.value).padStart(9)}  was ${fmt(r.before).padStart(9)}  ×${r.ratio === null ? ' —  ' : r.ratio.toFixed(2)}` +
      `  (${r.better} is better)${r.regressed ? '  REGRESSED' : ''}`,
  );
  const bad = rows.filter((r) => r.regressed).map((r) => r.name);
  return [`${section} against bench/baseline.json:`, ...lines, bad.length ? `regressed: ${bad.join(', ')}` : 'regressed: none'].join('\n');
}

/** Prints the comparison with the previous run's figures, records these, returns the rows. */
export function compareToBaseline(section, figures, { tolerance = 0.2, path = BASELINE_PATH, keep = !!process.env.BENCH_KEEP_BASELINE } = {}) {
  const rows = compareFigures(figures, readBaseline(path)[section], tolerance);
  process.stdout.write(formatComparison(section, rows) + '\n');
  if (!keep) writeSection(section, figures, path);
  return rows;
}
