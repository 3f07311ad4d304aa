// What each section is about, from its title: review of last year, this year's targets, the work plan, …
// Titles are short and formulaic; when a title names nothing, position decides (see classifySections).
import type { ParagraphNode, SectionKind, SectionNode } from '../types.js';

/** A five-year-plan period: "十四五"时期, 第六个五年计划, "七五", 过去五年, 今后五年. */
const FIVE_YEAR = /十[一二三四五六七八九]?五|[“"][六七八九]五[”"]|五年计划|五年規劃|五年计划|五年规划|个五年|过去五年|五年来|今后五年|五年的|五年国内|的五年|[“"]?[六七八九]五[”"]?(?:计划|时期|期间)/;
const REVIEW = /回顾|决算|成就|总结|执行情况|情况|过去|一年来|去年|报告.*工作|成绩|胜利/;
const GOALS = /目标|任务|举措|规划纲要|建议|基本方针|建设方针|说明/;
const ONE_YEAR = /过去一年|一年来|去年|(?:19|20)\d\d年(?:[^和至到—-]|$)|今年/;

const SELF = /政府自身|自身建设|政府建设|人民满意的|服务型政府|政府治理|政风|廉政建设|行政能力建设|政府机构改革/;
const TARGETS = /总体要求|主要目标|预期目标|主要指标|总体部署|政策取向|基本方针|目标任务/;
const PLAN = /工作安排|工作任务|重点工作|今年工作|重点任务|主要任务|工作的建议|工作建议|的工作$|年工作$|计划的任务|任务$/;
/** Parts that are neither the year's work nor the review: foreign policy, unification, the closing words. */
const ASIDE = /外交|国际形势|对外政策|祖国|统一|结束语|国防/;

/** Kind named by a title alone, or null when the title does not say. */
export function classifyTitle(title: string): SectionKind | null {
  const t = title.replace(/\s+/g, '');
  if (t === '') return null;
  if (SELF.test(t) && !REVIEW.test(t)) return 'self_building';
  const review = REVIEW.test(t);
  // A single year's review wins over the five-year one it is paired with (过去一年和五年工作回顾).
  if (review && ONE_YEAR.test(t) && !/过去五年|五年来/.test(t.replace(/过去一年和五年/, ''))) return 'review';
  if (FIVE_YEAR.test(t)) {
    if (GOALS.test(t) && !/回顾|执行情况/.test(t)) return 'five_year_plan';
    if (review) return 'five_year_review';
    return 'five_year_plan';
  }
  if (review && !/报告工作/.test(t)) return 'review';
  if (TARGETS.test(t)) return 'targets';
  if (PLAN.test(t)) return 'plan';
  if (/计划|预算/.test(t)) return 'plan';
  return null;
}

function firstParagraphText(text: string, s: SectionNode): string {
  const p = s.children.find((c): c is ParagraphNode => c.type === 'paragraph');
  return p ? text.slice(p.span[0], Math.min(p.span[1], p.span[0] + 80)) : '';
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
    let kind = classifyTitle(s.title);
    if (kind === null && s.title === '') kind = classifyTitle(firstParagraphText(text, s).split(/[。：]/)[0]);
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
