// Scores extracted commitments against the hand-annotated sample in test/fixtures/plan/commitments.jsonl.
// Pure over already-read reports. The sample is exhaustive per annotated paragraph, so precision is measured
// over the commitments extracted inside those paragraphs.
import type { Report, Span } from '../types.js';
import type { Commitment } from '../extract/plan/types.js';
import { readPlan } from '../extract/plan/index.js';
import { planParagraphs } from '../extract/plan/clauses.js';

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

function agrees(g: PlanGold, c: Commitment): boolean {
  return c.quote.includes(g.key) && c.action === g.action && sameQuantity(g, c);
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
        const near = inside.find((x) => x.quote.includes(g.key));
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

/** The paragraph whose heading (or run-in section title) is `para`. */
function paragraphSpan(report: Report, para: string): Span | null {
  for (const p of planParagraphs(report.text, report.sections)) {
    const last = p.path[p.path.length - 1] ?? '';
    if (last === para || last.endsWith(para) || report.text.startsWith(para, p.span[0])) return p.span;
  }
  return null;
}
