// The data read from a report's work plan and review beyond the indicator facts. Every item is grounded:
// text.slice(span[0], span[1]) === quote.
import type { Qualifier, Span } from '../../types.js';

export interface Quantity {
  value: number | null;
  low: number;
  high: number;
  /** Unit as written (个, 亿元, 万亩); null for a bare number. */
  unit: string | null;
  qualifier: Qualifier;
  span: Span;
}

export interface Commitment {
  /** 'plan' or 'self_building'. */
  part: 'plan' | 'self_building';
  /**
   * Titles of the enclosing sections below the top-level part (the part's own title for a paragraph directly in it),
   * then the paragraph's own heading when it has one.
   */
  sectionPath: string[];
  /** Normalised verb (开工, 建成, 投产, 完成, 新增, 改造, 引进, 培育, 举办, 创建, 启动, 建设, 实施, 推进, 争取, 规划, 保障, 支持, 改革). */
  action: string;
  /** The verb as written (开工建设, 加快推进). */
  verb: string;
  /** What the action is done to, as written (after the verb, a trailing figure cut off). */
  object: string;
  quantities: Quantity[];
  /** 年内, 全年, 今年, 2024年底前 … as written; null when the clause gives none. */
  deadline: string | null;
  /** The plan's year (report year); the default period when no deadline is written. */
  year: number | null;
  /** 力争 / 争取 when the clause is a stretch goal. */
  stretch: string | null;
  quantified: boolean;
  /** Names of the projects mentioned in the clause. */
  projects: string[];
  span: Span;
  quote: string;
}

export type Stage = '谋划' | '前期' | '开工' | '在建' | '建成' | '投产';

export interface ProjectMention {
  span: Span;
  quote: string;
  /** Section kind where it is mentioned (review, plan, …). */
  kind: string;
  stage: Stage | null;
}

export interface Project {
  name: string;
  mentions: ProjectMention[];
  /** Stage from the latest plan mention that gives one, else the latest mention that does. */
  stage: Stage | null;
  /** Stated investment (总投资50亿元). */
  investment: Quantity | null;
  /** Companies and places named in the project's clauses. */
  related: string[];
}

export interface PledgeItem {
  text: string;
  span: Span;
}

export interface Pledge {
  /** The heading of the paragraph (实施为民办实事工程) or null. */
  title: string | null;
  /** The phrase that announces the list, from its stated count: 十件民生实事, 20项民生工程. */
  announced: { span: Span; quote: string };
  budget: Quantity | null;
  /** How many pledges the text says (十大惠民工程 -> 10), when it says. */
  count: number | null;
  /** The enumerated pledges, wherever set out (inline, numbered paragraphs, a heading's, an annex); none when not enumerated. */
  items: PledgeItem[];
  /** The announcing paragraph. */
  span: Span;
  quote: string;
}

export interface Achievement {
  sectionPath: string[];
  action: string | null;
  verb: string | null;
  object: string;
  quantities: Quantity[];
  span: Span;
  quote: string;
}

export interface Problem {
  span: Span;
  quote: string;
}

export interface Plan {
  commitments: Commitment[];
  projects: Project[];
  pledges: Pledge[];
  achievements: Achievement[];
  problems: Problem[];
}
