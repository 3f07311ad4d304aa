// Scores extracted commitments against the hand-annotated sample in test/fixtures/plan/commitments.jsonl.
// Pure over already-read reports. The sample is exhaustive per annotated paragraph, so precision is measured
// over the commitments extracted inside those paragraphs.
import type { Report, Span } from '../types.js';
import type { Commitment, Pledge, Project } from '../extract/plan/types.js';
import { readPlan } from '../extract/plan/index.js';
import { planParagraphs } from '../extract/plan/clauses.js';
import { normaliseText } from '../text/normalise.js';

export interface PlanGold {
  doc: string;
  /** The heading of the annotated paragraph (推动公共服务优质共享). */
  para: string;
  /** A phrase of the commitment's clause, as written. */
  key: string;
  action: string;
  value: number | null;
  /** Several quantities in one clause (284.5万亩、18.98亿斤). */
  values?: number[];
  unit: string | null;
  qualifier: string | null;
  deadline: string | null;
  stretch: string | null;
}

export interface PlanEvalResult {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  /** Among matches: how often the deadline / stretch / qualifier agree too. */
  fields: { deadline: number; stretch: number; qualifier: number };
  missed: Array<{ doc: string; key: string; action: string; got: string | null }>;
  spurious: Array<{ doc: string; quote: string; action: string }>;
  /** Annotated paragraphs not found in their document. */
  missingParagraphs: string[];
}

export function parsePlanGold(source: string): PlanGold[] {
  return source
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PlanGold);
}

function sameQuantity(g: PlanGold, c: Commitment): boolean {
  if (g.value === null) return c.quantities.length === 0;
  const want = g.values ?? [g.value];
  return want.every((v) => c.quantities.some((q) => q.value === v || (q.low <= v && v <= q.high)));
}

/** The key as the text reads after normalisation (full-width digits and ％ made ASCII: 超过70％ is 超过70%). */
const keyOf = (g: PlanGold): string => normaliseText(g.key);

function agrees(g: PlanGold, c: Commitment): boolean {
  return c.quote.includes(keyOf(g)) && c.action === g.action && sameQuantity(g, c);
}

export function evaluatePlan(docs: ReadonlyMap<string, Report>, gold: PlanGold[]): PlanEvalResult {
  let extracted = 0;
  let matched = 0;
  const fields = { deadline: 0, stretch: 0, qualifier: 0 };
  const missed: PlanEvalResult['missed'] = [];
  const spurious: PlanEvalResult['spurious'] = [];
  const missingParagraphs: string[] = [];
  const groups = new Map<string, PlanGold[]>();
  for (const g of gold) {
    const k = `${g.doc}\u0000${g.para}`;
    groups.set(k, [...(groups.get(k) ?? []), g]);
  }
  const plans = new Map<string, Commitment[]>();
  for (const [k, gs] of groups) {
    const [doc, para] = k.split('\u0000');
    const report = docs.get(doc);
    const span = report ? paragraphSpan(report, para) : null;
    if (!report || !span) {
      missingParagraphs.push(`${doc} ${para}`);
      for (const g of gs) missed.push({ doc, key: g.key, action: g.action, got: null });
      continue;
    }
    if (!plans.has(doc)) plans.set(doc, readPlan(report).commitments);
    const inside = plans.get(doc)!.filter((c) => c.span[0] >= span[0] && c.span[1] <= span[1]);
    extracted += inside.length;
    const used = new Set<Commitment>();
    for (const g of gs) {
      const c = inside.find((x) => !used.has(x) && agrees(g, x));
      if (!c) {
        const near = inside.find((x) => x.quote.includes(keyOf(g)));
        missed.push({ doc, key: g.key, action: g.action, got: near ? `${near.action} [${near.quantities.map((q) => q.value).join(',')}] ${near.quote}` : null });
        continue;
      }
      used.add(c);
      matched++;
      if ((c.deadline ?? null) === g.deadline) fields.deadline++;
      if ((c.stretch ?? null) === g.stretch) fields.stretch++;
      if (g.qualifier === null || c.quantities[0]?.qualifier === g.qualifier) fields.qualifier++;
    }
    for (const c of inside) if (!used.has(c)) spurious.push({ doc, quote: c.quote, action: c.action });
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    gold: gold.length,
    extracted,
    matched,
    precision: ratio(matched, extracted),
    recall: ratio(matched, gold.length),
    fields: { deadline: ratio(fields.deadline, matched), stretch: ratio(fields.stretch, matched), qualifier: ratio(fields.qualifier, matched) },
    missed,
    spurious,
    missingParagraphs,
  };
}

/**
 * The plan paragraph whose heading (or run-in section title) is `para`: an exact heading first (with the paragraphs
 * after it under the same heading: a section title on its own line heads them all), then one ending in it or a
 * paragraph opening with it. Review paragraphs are not annotated (坚决当好…“压舱石” in the review is not the plan's
 * 当好…“压舱石”).
 */
const ENUMERATOR = /^(?:（[^）]{1,3}）|[一二三四五六七八九十]+、|\d{1,2}[.、．])\s*/;

function paragraphSpan(report: Report, para: string): Span | null {
  const paras = planParagraphs(report.text, report.sections).filter((p) => p.kind !== 'review');
  const last = (p: (typeof paras)[number]): string => p.path[p.path.length - 1] ?? '';
  // A section heading of its own line names all the paragraphs under it that have no heading of their own.
  const whole = paras.filter((p) => last(p).replace(ENUMERATOR, '') === para);
  if (whole.length) return [whole[0].span[0], whole[whole.length - 1].span[1]];
  const hit = paras.find((p) => last(p).endsWith(para) || report.text.startsWith(para, p.span[0]));
  return hit ? hit.span : null;
}

// ---- Livelihood pledges (issue 24, point 4): test/fixtures/plan/pledges ----

/** One report's announced pledge list, annotated by reading. `announced` null: the report announces none. */
export interface PledgeGold {
  doc: string;
  /** The announcing phrase as written (重点办好十件民生实事), or null. */
  announced: string | null;
  /** The stated count, or null when none is stated. */
  count: number | null;
  /** The first words of each enumerated item, as written; empty when not enumerated. */
  items: string[];
  /** inline, numbered, heading, annex or none. */
  where?: string;
}

export interface PledgeDocResult {
  doc: string;
  right: boolean;
  /** What is wrong: announced (a list found or not against the gold), count, items. */
  wrong: string[];
  goldCount: number | null;
  count: number | null;
  goldItems: number;
  items: number;
  matchedItems: number;
  missedItems: string[];
}

export interface PledgeEvalResult {
  reports: number;
  right: number;
  /** Share of reports whose list is right: announced or not, its stated count, ≥ 95% of its items. */
  listAccuracy: number;
  goldItems: number;
  extractedItems: number;
  matchedItems: number;
  itemRecall: number;
  itemPrecision: number;
  docs: PledgeDocResult[];
  missingDocs: string[];
}

export const parseJsonl = <T>(source: string): T[] =>
  source
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

/** An extracted item is the annotated one when either holds the other (the annotation keeps an item's first words). */
export function sameItem(extracted: string, gold: string): boolean {
  // Width variants (＋ and +) are one character: the gold is typed, the extracted name is read from the text.
  const e = extracted.normalize('NFKC').replace(/\s+/g, '');
  const g = gold.normalize('NFKC').replace(/\s+/g, '');
  return e.includes(g) || (e.length >= 4 && g.includes(e));
}

function scorePledgeDoc(doc: string, g: PledgeGold, pledges: readonly Pledge[]): PledgeDocResult {
  const p = pledges[0] ?? null;
  const items = p?.items.map((i) => i.text) ?? [];
  const used = new Set<number>();
  const missedItems: string[] = [];
  for (const gi of g.items) {
    const k = items.findIndex((e, i) => !used.has(i) && sameItem(e, gi));
    if (k < 0) missedItems.push(gi);
    else used.add(k);
  }
  const wrong: string[] = [];
  if ((g.announced === null) !== (p === null)) wrong.push('announced');
  if (g.announced !== null && p && p.count !== g.count) wrong.push('count');
  const itemsRight = g.items.length === 0 ? items.length === 0 : used.size >= 0.95 * g.items.length;
  if (g.announced !== null && p && !itemsRight) wrong.push('items');
  return {
    doc,
    right: wrong.length === 0,
    wrong,
    goldCount: g.count,
    count: p?.count ?? null,
    goldItems: g.items.length,
    items: items.length,
    matchedItems: used.size,
    missedItems,
  };
}

export function evaluatePledges(docs: ReadonlyMap<string, { pledges: readonly Pledge[] }>, gold: PledgeGold[]): PledgeEvalResult {
  const results: PledgeDocResult[] = [];
  const missingDocs: string[] = [];
  for (const g of gold) {
    const plan = docs.get(g.doc);
    if (!plan) missingDocs.push(g.doc);
    results.push(scorePledgeDoc(g.doc, g, plan?.pledges ?? []));
  }
  const sum = (f: (r: PledgeDocResult) => number): number => results.reduce((s, r) => s + f(r), 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const right = results.filter((r) => r.right).length;
  // Item precision over the reports that enumerate a list: extra items there are wrong items.
  const extractedItems = sum((r) => (r.goldItems > 0 ? r.items : 0));
  return {
    reports: results.length,
    right,
    listAccuracy: ratio(right, results.length),
    goldItems: sum((r) => r.goldItems),
    extractedItems,
    matchedItems: sum((r) => r.matchedItems),
    itemRecall: ratio(sum((r) => r.matchedItems), sum((r) => r.goldItems)),
    itemPrecision: ratio(sum((r) => r.matchedItems), extractedItems),
    docs: results,
    missingDocs,
  };
}

// ---- Named projects (issue 24, point 2): test/fixtures/plan/projects ----

/** One named project of a report's plan part, annotated by reading (the definition in test/fixtures/plan/README.md). */
export interface ProjectGold {
  doc: string;
  name: string;
}

export interface ProjectEvalResult {
  gold: number;
  extracted: number;
  /** Gold projects found / extracted projects that are some gold project. */
  found: number;
  correct: number;
  precision: number;
  recall: number;
  missed: Array<{ doc: string; name: string }>;
  spurious: Array<{ doc: string; name: string }>;
  missingDocs: string[];
}

/** A name matches when either holds the other (平漯周高铁 and 平漯周高铁项目), whitespace aside. */
export function sameProject(extracted: string, gold: string): boolean {
  // Width variants (＋ and +) are one character: the gold is typed, the extracted name is read from the text.
  const e = extracted.normalize('NFKC').replace(/\s+/g, '');
  const g = gold.normalize('NFKC').replace(/\s+/g, '');
  return e.includes(g) || g.includes(e);
}

/** Scores the projects mentioned in each report's plan part (plan and self-building) against the gold names. */
export function evaluateProjects(docs: ReadonlyMap<string, { projects: readonly Project[] }>, gold: ProjectGold[]): ProjectEvalResult {
  const byDoc = new Map<string, ProjectGold[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  let extracted = 0;
  let found = 0;
  let correct = 0;
  const missed: ProjectEvalResult['missed'] = [];
  const spurious: ProjectEvalResult['spurious'] = [];
  const missingDocs: string[] = [];
  for (const [doc, gs] of byDoc) {
    const plan = docs.get(doc);
    if (!plan) missingDocs.push(doc);
    const names = (plan?.projects ?? []).filter((p) => p.mentions.some((m) => m.kind === 'plan' || m.kind === 'self_building')).map((p) => p.name);
    extracted += names.length;
    for (const g of gs) {
      if (names.some((n) => sameProject(n, g.name))) found++;
      else missed.push({ doc, name: g.name });
    }
    for (const n of names) {
      if (gs.some((g) => sameProject(n, g.name))) correct++;
      else spurious.push({ doc, name: n });
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return { gold: gold.length, extracted, found, correct, precision: ratio(correct, extracted), recall: ratio(found, gold.length), missed, spurious, missingDocs };
}
