// Which year a sentence speaks of. A report's parts set a default (the review speaks of last year, the plan
// of this year); a sentence that opens with a time phrase (过去一年，… / 2003年到2023年，… / 今年，…)
// changes it for the rest of its paragraph.
import type { FactKind, ReportMeta, SectionKind } from '../types.js';
import { COMPARED_YEARS, TIME_MARKERS } from '../lexicon/grammar.js';

export interface Frame {
  kind: FactKind;
  year: number | null;
  /** Set for multi-year frames: "2003-2023", "2021-2025". */
  period: string | null;
}

export function sectionFrame(kind: SectionKind, meta: ReportMeta, beforeTargets: boolean): Frame {
  const year = meta.year;
  const review = meta.reviewYear ?? (year !== null ? year - 1 : null);
  switch (kind) {
    case 'review':
      return { kind: 'actual', year: review, period: null };
    case 'five_year_review':
      return { kind: 'actual', year: review, period: review !== null ? `${review - 4}-${review}` : 'five-year' };
    case 'targets':
    case 'plan':
    case 'self_building':
      return { kind: 'target', year, period: null };
    case 'five_year_plan':
      return { kind: 'target', year: year !== null ? year + 4 : null, period: year !== null ? `${year}-${year + 4}` : 'five-year' };
    default:
      return beforeTargets ? { kind: 'actual', year: review, period: null } : { kind: 'target', year, period: null };
  }
}

/** The frame a sentence opens, or null when it opens none. */
export function sentenceFrame(sentence: string, meta: ReportMeta, current: Frame, base: Frame): Frame | null {
  const year = meta.year;
  const review = meta.reviewYear ?? (year !== null ? year - 1 : null);
  // After a multi-year passage, 全年… returns to the year the part speaks of.
  if (current.period !== null && /^全年/.test(sentence)) {
    return base.period === null ? base : { kind: 'actual', year: review, period: null };
  }
  // 1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元: the later year's results, in any part.
  const later = comparedYear(sentence);
  if (later !== null && year !== null && later < year) return { kind: 'actual', year: later, period: null };
  for (const [re, what] of TIME_MARKERS) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (what === 'target') return { kind: 'target', year, period: null };
    if (what === 'review') {
      const y = m[2] !== undefined && /^\d{4}$/.test(m[2]) ? Number(m[2]) : review;
      if (y !== null && year !== null && y >= year) return { kind: 'target', year: y, period: null };
      return { kind: 'actual', year: y, period: null };
    }
    const span = /(\d{4})年(?:到|至|—|－|-)(\d{4})年/.exec(m[0]);
    if (span) return { kind: 'actual', year: Number(span[2]), period: `${span[1]}-${span[2]}` };
    const plan = /十([一二三四五六七八九])五/.exec(m[0]);
    if (plan) return { kind: current.kind, year: current.year, period: `十${plan[1]}五` };
    return { kind: 'actual', year: review, period: review !== null ? `${review - 4}-${review}` : 'five-year' };
  }
  return null;
}

/**
 * Does a sentence open with a past year or period (去年…, 2019年，…, 1986年同1978年相比…, 2016年到2020年…), before the
 * plan year? Its figures are results of that time, never the plan year's targets, whatever part it stands in.
 */
export function speaksOfPast(sentence: string, year: number | null): boolean {
  const later = comparedYear(sentence);
  if (later !== null) return year === null || later < year;
  for (const [re, what] of TIME_MARKERS) {
    const m = re.exec(sentence);
    if (!m || what === 'target') continue;
    if (what === 'period') return /\d{4}年/.test(m[0]) ? year === null || Math.max(...(m[0].match(/\d{4}/g) ?? []).map(Number)) < year : false;
    const y = m[2] !== undefined && /^\d{4}$/.test(m[2]) ? Number(m[2]) : null;
    return y === null ? /去年|上年|过去|一年来|这一年/.test(m[0]) : year !== null && y < year;
  }
  return false;
}

/** The later of two years a sentence opens by comparing (1986年同1978年相比 -> 1986), or null. */
export function comparedYear(sentence: string): number | null {
  const m = COMPARED_YEARS.exec(sentence);
  return m ? Math.max(Number(m[1]), Number(m[2])) : null;
}

/** The span of two compared years (1986年同1978年相比 -> 1978-1986), or null. */
export function comparedSpan(sentence: string): string | null {
  const m = COMPARED_YEARS.exec(sentence);
  return m ? `${Math.min(Number(m[1]), Number(m[2]))}-${Math.max(Number(m[1]), Number(m[2]))}` : null;
}
