// The engine's one entry point: raw decoded text -> a grounded Report. Pure: no I/O, no globals.
import type { Report } from '../types.js';
import { normaliseText } from '../text/normalise.js';
import { parseReport } from '../parse/parse.js';
import { readMeta } from './meta.js';
import { extractFacts } from './facts.js';
import { selectHeadlines } from './headline.js';
import { lookupDivision } from '../lexicon/divisions.js';
import { readPlan, type Plan } from './plan/index.js';
import { assertLexicon } from '../lexicon/check.js';
import { ITEM_LIMITS, type Capped, type ItemLimits } from './limits.js';

// A broken lexicon (an indicator counted in a unit the unit table lacks, a name given to two indicators, an id
// that does not exist) stops the engine here with the list, rather than dropping facts silently.
assertLexicon();

/** Bumped whenever extraction output changes, so a library knows what to re-extract. */
export const EXTRACTOR_VERSION = '9';

/**
 * A report with its work plan read as a task list: what `extract --json` prints and the library stores. `capped`
 * (only when a cap of ITEM_LIMITS was reached: text that is no report) names the kinds cut and how many were kept.
 */
export type FullReport = Report & Plan & { capped?: Capped };

/** Engine options: the most items of each kind one report keeps (ITEM_LIMITS unless lowered, e.g. in a test). */
export interface ReadOptions {
  limits?: Partial<ItemLimits>;
}

export interface Hints {
  region?: string | null;
  year?: number | null;
  title?: string | null;
}

export function readReport(raw: string, hints: Hints = {}, options: ReadOptions = {}): FullReport {
  const text = normaliseText(raw);
  return readNormalised(text, hints, options);
}

/** Same as readReport for text that is already normalised (a stored library text). */
export function readNormalised(text: string, hints: Hints = {}, options: ReadOptions = {}): FullReport {
  const limits: ItemLimits = { ...ITEM_LIMITS, ...options.limits };
  const sections = parseReport(text);
  const meta = { ...readMeta(text, sections, hints.title ?? null) };
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
  const cap = { limit: limits.facts, hit: false };
  const facts = selectHeadlines(extractFacts(text, sections, meta, cap), meta);
  const report: Report = { meta, text, sections, facts };
  const capped: Capped = cap.hit ? { facts: facts.length } : {};
  const plan = readPlan(report, limits, capped);
  return Object.keys(capped).length > 0 ? { ...report, ...plan, capped } : { ...report, ...plan };
}

/**
 * Whether a text reads like a government work report: true, or why not (a README, a news page, a table). The
 * reasons are the genre's marks: the salutation or the title, a review or plan part, indicator figures.
 */
export function looksLikeReport(r: Report): true | string {
  const head = r.text.slice(0, 3000);
  const genre = /各位代表|政府工作报告|人民代表大会|工作报告/.test(head);
  const parts = r.sections.some((s) => s.kind === 'review' || s.kind === 'plan' || s.kind === 'targets' || s.kind === 'five_year_review');
  const figures = r.facts.filter((f) => f.low !== null).length;
  // (A long text in the genre's words without parts or figures: an early report, 1954–1982.)
  if (genre && (parts || figures > 0 || r.text.length > 5000)) return true;
  if (/关于.{0,30}政府工作报告的决议/.test(head)) return 'a resolution on a work report, not the report';
  if (figures >= 5 && parts) return true;
  const han = hanCount(r.text);
  if (han < r.text.length * 0.3) return 'mostly not Chinese text';
  return [!genre && 'no 各位代表 or 政府工作报告', !parts && 'no review or plan part', figures === 0 && 'no indicator figures'].filter(Boolean).join(', ');
}

/** Ideographs in the text, counted in place (a match() of every one allocates a string each: 13 M for a 40 MB line). */
function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}
