// Chinese labels for the codes the API speaks (levels, kinds, measures, qualifiers, verdicts, parts, reviews), and
// the codes read back from a URL (a value that is none of them is no value).
import type { Kind, Level, Measure } from '../../model/api/index.js';
import { MEASURE_NAMES } from '../../lexicon/measures.js';

export const LEVELS: Record<Level, string> = { national: '全国', province: '省级', city: '市级', county: '县级' };
export const KINDS: Record<Kind, string> = { target: '目标', actual: '完成' };
/** The measures' general labels (an indicator's own come with it: useMeasureName). */
export const MEASURES: Record<Measure, string> = MEASURE_NAMES;
export const QUALIFIERS: Record<'about' | 'at_least' | 'at_most' | 'exact' | 'range', string> = {
  about: '左右',
  at_least: '以上（不低于）',
  at_most: '以内（不超过）',
  exact: '确数',
  range: '区间',
};
export const VERDICTS: Record<string, string> = {
  met: '完成',
  missed: '未完成',
  'no target': '无目标',
  'no result': '无结果',
  'no verdict': '无法判定',
};
export const PARTS: Record<string, string> = {
  preamble: '开篇',
  review: '工作回顾',
  five_year_review: '五年回顾',
  targets: '目标任务',
  plan: '工作安排',
  five_year_plan: '五年规划',
  self_building: '政府自身建设',
  other: '其他',
};
export const REVIEWS: Record<string, string> = { confirmed: '已确认', edited: '已修改', rejected: '已否决' };
export const REVIEW_ACTIONS: Record<string, string> = { confirm: '确认', edit: '修改', reject: '否决' };
/** The normalised actions of commitments (README: the work plan as a task list). */
export const ACTIONS = ['开工', '投产', '建成', '完成', '新增', '改造', '引进', '培育', '举办', '创建', '启动', '建设', '实施', '推进', '争取', '规划', '保障', '支持', '改革'];

export const label = (map: Record<string, string>, key: string | null | undefined, fallback = '—'): string =>
  key === null || key === undefined ? fallback : (map[key] ?? key);

export const reviewLabel = (r: string | null | undefined): string => (r ? (REVIEWS[r] ?? r) : '未复核');

/** A figure as a reader writes it: 6.5%左右, ≥5.5%, 5%–5.5%, 1035.61亿元. */
export function figure(f: { value: number | null; low: number | null; high: number | null; unit: string | null; qualifier: string | null; statement?: string | null }): string {
  const u = f.unit ?? '';
  if (f.value === null && (f.low === null || f.high === null)) return f.statement ?? '（定性）';
  if (f.value === null || f.qualifier === 'range') return `${f.low}${u}–${f.high}${u}`;
  switch (f.qualifier) {
    case 'about':
      return `${f.value}${u}左右`;
    case 'at_least':
      return `≥${f.value}${u}`;
    case 'at_most':
      return `≤${f.value}${u}`;
    default:
      return `${f.value}${u}`;
  }
}

export const regionLabel = (r: { region: string | null; year?: number | null }): string => `${r.region ?? '未知地区'}${r.year ? ` ${r.year}` : ''}`;

const member =
  <K extends string>(map: Record<K, string>) =>
  (v: string | null | undefined): K | undefined =>
    v && Object.hasOwn(map, v) ? (v as K) : undefined;
export const asLevel = member(LEVELS);
export const asKind = member(KINDS);
export const asMeasure = member(MEASURES);
export const TARGETS: Record<'fact' | 'commitment' | 'followup', string> = { fact: '事实', commitment: '任务', followup: '落实情况' };
export const asTarget = member(TARGETS);
export const asQualifier = member(QUALIFIERS);
export const QUANTIFIED: Record<'true' | 'false', string> = { true: '有数量', false: '无数量' };
export const asQuantified = member(QUANTIFIED);

/** A track row's rule (analysis/track writes it for both shells) as the workbench shows it. */
export function ruleLabel(rule: string | null | undefined): string {
  if (!rule) return '';
  if (rule === 'qualitative target') return '定性目标，无法判定';
  const units = /^units differ \((.*) vs (.*)\)$/.exec(rule);
  if (units) return `单位不同（目标 ${units[1]}，结果 ${units[2]}），无法判定`;
  return rule.replace(/\(range (.*)\)$/, '(区间 $1)');
}
