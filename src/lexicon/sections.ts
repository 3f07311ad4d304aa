// The words of section titles: what a report's parts are called. Data only; src/parse reads these patterns,
// so a new way of naming a part is a new alternative here.

/** A five-year-plan period: "十四五"时期, 第六个五年计划, "七五", 过去五年, 今后五年. */
export const FIVE_YEAR = /十[一二三四五六七八九]?五|[“"][六七八九]五[”"]|五年计划|五年規劃|五年计划|五年规划|个五年|过去五年|五年来|今后五年|五年的|五年国内|的五年|[“"]?[六七八九]五[”"]?(?:计划|时期|期间)/;
export const REVIEW = /回顾|决算|成就|总结|执行情况|情况|过去|一年来|去年|报告.*工作|成绩|胜利/;
export const GOALS = /目标|任务|举措|规划纲要|建议|基本方针|建设方针|说明|指导思想|总体要求|总体思路/;
/** One year named in a title: 2023年工作回顾, 2025年和“十四五”时期工作回顾, 过去一年, “十四五”开局起步之年的工作回顾 (a year of the period). */
export const ONE_YEAR = /过去一年|一年来|去年|(?:19|20)\d\d年(?:[^至到—-]|$)|今年|之年/;
/**
 * The five-year period's first year, or its last: its plan part is the year's plan (努力实现“十二五”良好开局, 努力实现“十五”
 * 计划的良好开端, 全面实现“十五”计划的各项目标).
 */
export const PLAN_OPENING =
  /(?:努力|确保|奋力|力争|全力|为)[^，。]{0,12}(?:开局|起步|开端)|开好局|起好步|开局之年|首战之年|(?:全面|圆满)(?:实现|完成)[^，。]{0,10}(?:计划|规划)的?各项(?:目标|任务)/;
/** A year reviewed together with a five-year period: 2025年和“十四五”时期工作回顾, 2022年和过去五年工作回顾. */
export const YEAR_AND_PERIOD = /(?:(?:19|20)\d\d年|过去一年|一年来)(?:和|及|以及)/;
/** The year's own work named beside a five-year plan: 今后五年的目标任务和2013年工作建议, 今后五年奋斗目标和2023年经济社会发展总体要求,
 * “十一五”发展目标和2006年政府重点工作任务, 全面完成2001年的各项任务. */
export const YEAR_WORK = /(?:(?:19|20)\d\d年|今年)的?(?:经济社会发展|政府)?(?:工作|各项任务|各项工作|重点工作|主要工作|主要任务|重点任务|目标任务|工作安排|工作建议|总体要求|主要目标|预期目标)/;

export const SELF = /政府自身|自身建设|政府建设|人民满意的|服务型政府|政府治理|政风|廉政建设|行政能力建设|政府机构改革/;
export const TARGETS = /总体要求|目标要求$|主要目标|预期目标|主要指标|总体部署|政策取向|基本方针|目标任务/;
export const PLAN = /工作安排|工作任务|重点工作|今年工作|重点任务|主要任务|工作的建议|工作建议|的工作$|年工作$|计划的任务|任务$/;
/** Targets and work in one part (2024年目标任务和重点工作): the work decides, the statement is found anyway. */
export const PLAN_WITH_TARGETS = /重点工作|主要工作|工作安排|主要任务|重点任务|工作任务|工作建议|工作部署/;
/** Parts that are neither the year's work nor the review: foreign policy, unification, the closing words. */
export const ASIDE = /外交|国际形势|对外政策|祖国|统一|结束语|国防/;

/**
 * A report's own parts, written without a marker or glued to the sentence after them (scraped text):
 * 2023年工作回顾, 2025年和“十四五”时期工作回顾, 2024年工作安排, 今年的主要任务, 加强政府自身建设.
 */
export const PART_TITLE = new RegExp(
  '^(?:' +
    [
      '(?:(?:19|20)\\d\\d年|过去一年|一年来)(?:和[“"]?十[一二三四五六七八九]五[”"]?(?:时期)?)?(?:的)?(?:政府)?(?:工作|经济社会发展)(?:回顾|总结)',
      '[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间)?(?:的)?(?:政府)?工作回顾',
      '过去五年(?:的)?(?:政府)?工作回顾',
      '(?:(?:19|20)\\d\\d年|今年)(?:的)?(?:经济社会发展)?(?:主要目标和|总体要求和|目标任务和)?(?:政府)?(?:工作安排|工作任务|重点工作|主要任务|工作建议)',
      // Only as a whole line: 进一步加强政府自身建设，… opens many a paragraph of the review.
      '(?:切实|全面|持续|进一步|着力|大力)?加强政府(?:自身)?建设(?=[。：:]?$)',
    ].join('|') +
    ')',
);

/** An annex after the report: 附件2, 《政府工作报告》附件3, 附录, 名词解释. */
export const ANNEX = /^(?:《政府工作报告》|政府工作报告)?(?:附件|附录|附表)\s*[\d一二三四五六七八九十]*(?:[：:].*)?$|^(?:名词解释|注释|有关名词解释|名词解释(?:和|及)说明|注释(?:和|及)说明|附：.{0,20})$/;
/** What an annex holds, from its first lines: this year's pledges, last year's pledges done, or a glossary. */
export const ANNEX_PLAN = /(?:为民办实事|民生实事|惠民实事|十件实事|十大民生)(?!.{0,6}完成情况)/;
export const ANNEX_REVIEW = /完成情况|落实情况|执行情况/;

/** A part whose title names nothing: its opening words tell (过去一年，… is a review). */
export const OPENS_FIVE_YEAR_REVIEW = /^.{0,30}?(?:过去五年|五年来|[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|以来))/;
export const OPENS_REVIEW = /^.{0,10}?(?:19|20)\d\d年(?:及|和)[“"]?十[一二三四五六七八九]五|^.{0,30}?(?:过去的?一年|一年来|刚刚过去的|去年|(?:19|20)\d\d年(?:是|，|,))/;
export const OPENS_FIVE_YEAR_PLAN = /^.{0,30}?(?:今后五年|未来五年)/;
