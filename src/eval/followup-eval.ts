// Scores follow-up matching against the hand-annotated links in test/fixtures/plan/followup: for each annotated
// commitment of report Y, the extracted commitment that holds its key is matched against report Y+1's review, and
// the first sentence shown is right when it contains one of the annotated evidence phrases. Pure over read reports.
import type { Report, SectionNode, Span } from '../types.js';
import type { Commitment, Plan } from '../extract/plan/types.js';
import { followUp, isPledgeItem, prepareReview, reviewSentences, type FollowUpStatus, type Sentence } from '../analysis/followup.js';

export interface FollowUpGold {
  /** The 2024 report's file name and the paragraph heading the commitment sits in. */
  doc: string;
  next: string;
  para: string;
  /** A phrase of the commitment's clause, as written. */
  key: string;
  link: 'direct' | 'partial' | 'none';
  status: FollowUpStatus;
  /** Phrases of the next review's sentences that report on it (empty for none). */
  evidence: string[];
}

/** What a matcher shows for one commitment: the sentences, best first, and its verdict. */
export interface Shown {
  status: FollowUpStatus;
  confidence: number;
  sentences: Array<{ span: Span; text: string }>;
}

/** A matcher as the evaluation runs it: every commitment of one report against the next report's review. */
export type MatchAll = (commitments: Commitment[], review: { text: string; sentences: Sentence[] }, report: PlannedReport) => Shown[];

/** A report read with its plan (readReport's result). */
export type PlannedReport = Report & Plan;

export interface Outcome {
  gold: FollowUpGold;
  /** The extracted commitment holding the key; null when the extractor has none. */
  commitment: Commitment | null;
  shown: Shown | null;
  /** Whether the first sentence contains an evidence phrase. */
  right: boolean;
}

export interface FollowUpScore {
  total: number;
  /** Annotated commitments the extractor found. */
  extracted: number;
  linked: number;
  shown: number;
  right: number;
  /** Of commitments shown a follow-up, the share whose first sentence is right. */
  precision: number;
  /** Of direct/partial commitments, the share shown a right first sentence (all annotated; the extractor's misses count). */
  recall: number;
  /** The same over the direct/partial commitments the extractor found. */
  recallExtracted: number;
  /** Of link-none commitments, the share shown 未见回应 (an unextracted one counts as wrong). */
  noneAccuracy: number;
  statusAccuracy: number;
  /** gold status -> shown status (未提取 when the extractor has no commitment) -> count. */
  confusion: Record<string, Record<string, number>>;
}

export function parseFollowUpGold(source: string): FollowUpGold[] {
  return source
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as FollowUpGold);
}

const fold = (s: string): string => s.normalize('NFKC');

/** The extracted commitment whose quote holds the key, looked for from the annotated paragraph on. */
export function findCommitment(report: PlannedReport, commitments: Commitment[], g: FollowUpGold): Commitment | null {
  const text = report.text;
  let from = text.indexOf(g.para + '。');
  if (from < 0) from = text.indexOf(g.para);
  if (from < 0) from = text.indexOf(fold(g.para));
  let at = text.indexOf(g.key, Math.max(0, from));
  // The reader folds full-width signs (“光伏＋” is read “光伏+”): a key written as the source has it is looked for folded.
  if (at < 0) at = text.indexOf(fold(g.key), Math.max(0, from));
  if (at < 0) return null;
  return commitments.find((c) => c.span[0] <= at && at + g.key.length <= c.span[1]) ?? null;
}

/** Runs a matcher over every pair of reports the gold names; all of each report's commitments are matched. */
export function followUpOutcomes(reports: ReadonlyMap<string, PlannedReport>, gold: FollowUpGold[], match: MatchAll): Outcome[] {
  const out: Outcome[] = [];
  for (const [pair, gs] of groupBy(gold, (g) => `${g.doc}\u0000${g.next}`)) {
    const [doc, next] = pair.split('\u0000');
    const before = reports.get(doc);
    const after = reports.get(next);
    if (!before || !after) throw new Error(`follow-up gold names a report not loaded: ${before ? next : doc}`);
    const shown = match(before.commitments, { text: after.text, sentences: reviewSentences(after.text, after.sections) }, before);
    const index = new Map(before.commitments.map((c, i) => [c, i]));
    for (const g of gs) {
      const c = findCommitment(before, before.commitments, g);
      const s = c ? shown[index.get(c)!] : null;
      const first = s && s.status !== '未见回应' ? s.sentences[0] : undefined;
      out.push({ gold: g, commitment: c, shown: s, right: !!first && g.evidence.some((e) => fold(first.text).includes(fold(e))) });
    }
  }
  return out;
}

const isShown = (o: Outcome, threshold: number): boolean =>
  !!o.shown && o.shown.status !== '未见回应' && o.shown.sentences.length > 0 && o.shown.confidence >= threshold;

/** The figures of a run; a threshold hides what a matcher shows below it (for matchers that always show one). */
export function scoreFollowUp(outcomes: Outcome[], threshold = -Infinity): FollowUpScore {
  const linked = outcomes.filter((o) => o.gold.link !== 'none');
  const none = outcomes.filter((o) => o.gold.link === 'none');
  const shown = outcomes.filter((o) => isShown(o, threshold));
  const right = shown.filter((o) => o.right);
  const confusion: FollowUpScore['confusion'] = {};
  let sameStatus = 0;
  for (const o of outcomes) {
    const got = !o.commitment ? '未提取' : isShown(o, threshold) ? o.shown!.status : '未见回应';
    const row = (confusion[o.gold.status] ??= {});
    row[got] = (row[got] ?? 0) + 1;
    if (got === o.gold.status) sameStatus++;
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const linkedRight = right.filter((o) => o.gold.link !== 'none').length;
  return {
    total: outcomes.length,
    extracted: outcomes.filter((o) => o.commitment).length,
    linked: linked.length,
    shown: shown.length,
    right: right.length,
    precision: ratio(right.length, shown.length),
    recall: ratio(linkedRight, linked.length),
    recallExtracted: ratio(linkedRight, linked.filter((o) => o.commitment).length),
    noneAccuracy: ratio(none.filter((o) => o.commitment && !isShown(o, threshold)).length, none.length),
    statusAccuracy: ratio(sameStatus, outcomes.length),
    confusion,
  };
}

/**
 * The threshold a matcher that always shows one would need: the highest recall with precision at least `floor`,
 * else the best F1 of precision and recall.
 */
export function bestThreshold(outcomes: Outcome[], floor = 0.9): { threshold: number; score: FollowUpScore } {
  const cuts = [...new Set(outcomes.flatMap((o) => (o.shown ? [o.shown.confidence] : [])))].sort((a, b) => a - b);
  let best: { threshold: number; score: FollowUpScore } | null = null;
  const f1 = (s: FollowUpScore): number => (s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall));
  const better = (a: FollowUpScore, b: FollowUpScore): boolean => {
    const aok = a.precision >= floor;
    const bok = b.precision >= floor;
    if (aok !== bok) return aok;
    return aok ? a.recall > b.recall : f1(a) > f1(b);
  };
  for (const t of cuts) {
    const s = scoreFollowUp(outcomes, t);
    if (!best || better(s, best.score)) best = { threshold: t, score: s };
  }
  return best ?? { threshold: 0, score: scoreFollowUp(outcomes) };
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/** The matcher the product runs (src/analysis/followup.ts), as the evaluation calls it. */
export const followUpMatcher: MatchAll = (commitments, review, report) => {
  const prepared = prepareReview(review.text, review.sentences);
  return commitments.map((c) => {
    const pledge = isPledgeItem(report.text, c.sectionPath, sectionStart(report.sections, c.span[0]), c.span[0]);
    const r = followUp({ quote: c.quote, action: c.action, pledge }, prepared);
    return { status: r.status, confidence: r.confidence, sentences: r.candidates };
  });
};

/** Where the section holding a position begins: the part's section (（十）…) below the top-level part, else the part. */
function sectionStart(sections: SectionNode[], at: number): number {
  const holds = (s: SectionNode): boolean => s.span[0] <= at && at < s.span[1];
  const part = sections.find(holds);
  const section = part?.children.find((c): c is SectionNode => c.type === 'section' && holds(c));
  return (section ?? part)?.span[0] ?? at;
}

/**
 * The baseline, kept here for comparison and never shown to a user: character bigrams weighted by their
 * inverse frequency over the review's sentences; a sentence's score is the weight of the commitment's bigrams it
 * holds over the weight of all of them; the top sentence only.
 */
export const baselineMatcher: MatchAll = (commitments, review) => {
  const grams = review.sentences.map((s) => bigramSet(s.text));
  const df = new Map<string, number>();
  for (const g of grams) for (const b of g) df.set(b, (df.get(b) ?? 0) + 1);
  const idf = (b: string): number => Math.log((grams.length + 1) / ((df.get(b) ?? 0) + 0.5));
  return commitments.map((c) => {
    const own = [...bigramSet(c.quote)];
    const mass = own.reduce((a, b) => a + idf(b), 0);
    let best = -1;
    let score = 0;
    grams.forEach((g, i) => {
      let w = 0;
      for (const b of own) if (g.has(b)) w += idf(b);
      if (w / (mass || 1) > score) [best, score] = [i, w / (mass || 1)];
    });
    const s = review.sentences[best];
    return s ? { status: '有进展', confidence: score, sentences: [s] } : { status: '未见回应', confidence: 0, sentences: [] };
  });
};

function bigramSet(s: string): Set<string> {
  const chars = [...s].filter((c) => /[\p{Script=Han}A-Za-z0-9]/u.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}
