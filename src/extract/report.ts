// The engine's one entry point: raw decoded text -> a grounded Report. Pure: no I/O, no globals.
import type { Report } from '../types.js';
import { normaliseText } from '../text/normalise.js';
import { parseReport } from '../parse/parse.js';
import { readMeta } from './meta.js';
import { extractFacts } from './facts.js';
import { selectHeadlines } from './headline.js';
import { lookupDivision } from '../lexicon/divisions.js';
import { readPlan, type Plan } from './plan/index.js';

/** Bumped whenever extraction output changes, so a library knows what to re-extract. */
export const EXTRACTOR_VERSION = '3';

/** A report with its work plan read as a task list: what `extract --json` prints and the library stores. */
export type FullReport = Report & Plan;

export interface Hints {
  region?: string | null;
  year?: number | null;
  title?: string | null;
}

export function readReport(raw: string, hints: Hints = {}): FullReport {
  const text = normaliseText(raw);
  return readNormalised(text, hints);
}

/** Same as readReport for text that is already normalised (a stored library text). */
export function readNormalised(text: string, hints: Hints = {}): FullReport {
  const sections = parseReport(text);
  const meta = { ...readMeta(text, sections) };
  // What a collection row says (its year, its province column) fills what the text leaves open.
  if (meta.year === null && hints.year) {
    meta.year = hints.year;
    meta.reviewYear = hints.year - 1;
  }
  if (meta.region === null && hints.region) {
    const [division, ...others] = lookupDivision(hints.region.trim());
    if (division && others.length === 0) {
      meta.region = division.name;
      meta.regionCode = division.code;
      meta.level = division.level;
    }
  }
  const facts = selectHeadlines(extractFacts(text, sections, meta), meta);
  const report: Report = { meta, text, sections, facts };
  return { ...report, ...readPlan(report) };
}
