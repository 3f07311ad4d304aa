// What each section is about, from its title: review of last year, this year's targets, the work plan, …
// Titles are short and formulaic; when a title names nothing, position decides (see classifySections).
import type { ParagraphNode, SectionKind, SectionNode } from '../types.js';
import {
  ANNEX,
  ANNEX_PLAN,
  ANNEX_REVIEW,
  ASIDE,
  FIVE_YEAR,
  GOALS,
  ONE_YEAR,
  OPENS_FIVE_YEAR_PLAN,
  OPENS_FIVE_YEAR_REVIEW,
  OPENS_REVIEW,
  PLAN,
  PLAN_OPENING,
  PLAN_WITH_TARGETS,
  REVIEW,
  SELF,
  TARGETS,
  YEAR_AND_PERIOD,
  YEAR_WORK,
} from '../lexicon/sections.js';

/** Kind named by a title alone, or null when the title does not say. */
export function classifyTitle(title: string): SectionKind | null {
  const t = title.replace(/\s+/g, '');
  if (t === '') return null;
  if (SELF.test(t) && !REVIEW.test(t)) return 'self_building';
  const review = REVIEW.test(t);
  // A single year's review wins over the five-year one it is paired with (过去一年和五年工作回顾).
  // So does a year reviewed with its five-year period (2022年和过去五年工作回顾): each sentence's own time
  // words (五年来, “十四五”时期) date its figures.
  if (review && ONE_YEAR.test(t) && (YEAR_AND_PERIOD.test(t) || !/过去五年|五年来/.test(t))) return 'review';
  if (FIVE_YEAR.test(t)) {
    // 努力实现“十二五”良好开局, 今后五年的目标任务和2013年工作建议: the year's work, inside the new period.
    if (!review && (PLAN_OPENING.test(t) || YEAR_WORK.test(t))) return 'plan';
    if (GOALS.test(t) && !/回顾|执行情况/.test(t)) return 'five_year_plan';
    if (review) return 'five_year_review';
    return null; // a period named in passing (…全力推进今年及“十二五”各项工作): the opening words or the position tell
  }
  if (review && !/报告工作/.test(t)) return 'review';
  if (TARGETS.test(t)) return PLAN_WITH_TARGETS.test(t) || /任务/.test(t) ? 'plan' : 'targets';
  if (PLAN.test(t)) return 'plan';
  if (/计划|预算/.test(t)) return 'plan';
  return null;
}

function firstParagraphText(text: string, s: SectionNode, length = 80): string {
  const p = s.children.find((c): c is ParagraphNode => c.type === 'paragraph');
  return p ? text.slice(p.span[0], Math.min(p.span[1], p.span[0] + length)) : '';
}

/** An annex holds this year's pledges (plan), last year's pledges done (review), or a glossary (other). */
function annexKind(text: string, s: SectionNode): SectionKind {
  const head = text.slice(s.span[0], Math.min(s.span[1], s.span[0] + 120));
  if (ANNEX_REVIEW.test(head)) return 'review';
  if (ANNEX_PLAN.test(head)) return 'plan';
  return 'other';
}

/** A part whose title names nothing (攻坚克难，保持了…好势头): what its first sentence speaks of. */
function kindByOpening(text: string, s: SectionNode): SectionKind | null {
  const head = firstParagraphText(text, s, 60);
  if (OPENS_REVIEW.test(head)) return 'review';
  if (OPENS_FIVE_YEAR_REVIEW.test(head)) return 'five_year_review';
  if (OPENS_FIVE_YEAR_PLAN.test(head)) return 'five_year_plan';
  return null;
}

/**
 * Set `kind` on freshly built sections (called by parseReport on its own nodes).
 * Top level: the title decides; an unnamed part after the review or targets is part of the year's work
 * (the 2005/2007/2015 national reports split the plan into 三、四、五、 with topical titles), unless it is
 * foreign policy or the closing. Subsections inherit, except that a subsection of a plan may be
 * self-building or targets by its own title; inside a review everything stays a review.
 */
export function classifySections(text: string, sections: SectionNode[]): void {
  let seenMain = false;
  for (const s of sections) {
    if (s.kind === 'preamble') continue;
    if (ANNEX.test(s.title)) {
      s.kind = annexKind(text, s);
      inherit(s);
      continue;
    }
    let kind = classifyTitle(s.title);
    if (kind === null && s.title === '') kind = classifyTitle(firstParagraphText(text, s).split(/[。：]/)[0]);
    if (kind === null && !seenMain) kind = kindByOpening(text, s);
    if (kind === null && FIVE_YEAR.test(s.title) && !seenMain) kind = 'five_year_plan';
    if (kind === null) kind = seenMain && !ASIDE.test(s.title) ? 'plan' : 'other';
    if (kind !== 'other') seenMain = true;
    s.kind = kind;
    inherit(s);
  }
}

function inherit(parent: SectionNode): void {
  for (const c of parent.children) {
    if (c.type !== 'section') continue;
    let kind = parent.kind;
    if (parent.kind !== 'review' && parent.kind !== 'five_year_review' && !ASIDE.test(parent.title)) {
      const own = classifyTitle(c.title);
      if (own === 'self_building' || own === 'targets' || own === 'five_year_review' || own === 'five_year_plan') kind = own;
      if (own === 'plan' && parent.kind === 'other') kind = own;
    }
    c.kind = kind;
    inherit(c);
  }
}
