// Year over year for one region: the targets of report Y-1 and report Y side by side per indicator, report Y-1's
// commitments with the sentences of report Y's review that likely report on them, and the words whose frequency
// rose or fell most between the two texts.
import type { Library } from '../db.js';
import { selectFactCells } from './facts.js';
import { docConditions } from './filters.js';
import { TEXT_COLUMNS, textOf } from '../texts.js';
import { runFollowUp } from './followup.js';
import { makeSegmenter } from './terms.js';
import { cellOrder, cellText, columnKey } from '../../analysis/compare.js';
import { INDICATORS } from '../../lexicon/indicators.js';
import type { FactCell } from '../../model/rows.js';
import type { WordShift, YearOverYear, YoyCell, YoyTarget } from '../../model/api/index.js';

export interface YoyQuery {
  region: string;
  /** The later report's year. */
  year: number;
  top?: number;
  words?: number;
}

const ORDER = new Map(INDICATORS.map((e, i) => [e.id, i]));
const WORD = /^[\u4e00-\u9fff]{2,8}$/;

const cell = (f: FactCell | undefined): YoyCell | null =>
  f
    ? { text: cellText(f), fact_id: `${f.document_id}:${f.ord}`, quote: f.quote, value: f.value, low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier }
    : null;

function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) if (WORD.test(w)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

export async function runYearOverYear(lib: Library, q: YoyQuery): Promise<YearOverYear> {
  const docs = await lib.db
    .selectFrom('documents')
    .innerJoin('document_texts', 'document_texts.document_id', 'documents.id')
    .select(['documents.id', 'documents.region', 'documents.year', 'documents.chars', ...TEXT_COLUMNS])
    .where((eb) => docConditions(eb as any, { regions: [q.region], yearFrom: q.year - 1, yearTo: q.year, oneReportPerRegionYear: true }))
    .orderBy('documents.id')
    .execute();
  const before = docs.find((d) => d.year === q.year - 1) ?? null;
  const after = docs.find((d) => d.year === q.year) ?? null;
  const facts = (await selectFactCells(lib.db, { regions: [q.region], yearFrom: q.year - 1, yearTo: q.year, kinds: ['target'], headlineOnly: true })).filter(
    (f) => f.period === null && (f.document_id === before?.id || f.document_id === after?.id),
  );
  const byKey = new Map<string, { before: FactCell[]; after: FactCell[] }>();
  for (const f of facts) {
    const k = columnKey(f.indicator, f.measure);
    const slot = byKey.get(k) ?? { before: [], after: [] };
    (f.document_id === before?.id ? slot.before : slot.after).push(f);
    byKey.set(k, slot);
  }
  const targets: YoyTarget[] = [...byKey.entries()]
    .map(([k, v]) => {
      const [indicator, measure] = k.split(':');
      return { indicator, measure, before: cell(v.before.sort((a, b) => cellOrder(a, b))[0]), after: cell(v.after.sort((a, b) => cellOrder(a, b))[0]) };
    })
    .sort((a, b) => (ORDER.get(a.indicator) ?? 1e9) - (ORDER.get(b.indicator) ?? 1e9) || a.measure.localeCompare(b.measure));

  const follow = before ? await runFollowUp(lib, { regions: [q.region], year: q.year - 1, top: q.top ?? 2 }) : { items: [], note: null };

  let rising: WordShift[] = [];
  let falling: WordShift[] = [];
  if (before && after) {
    const cut = makeSegmenter([]);
    const a = counts(cut(textOf(before)));
    const b = counts(cut(textOf(after)));
    const shifts: WordShift[] = [];
    for (const w of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(w) ?? 0;
      const y = b.get(w) ?? 0;
      if (x + y < 4) continue;
      const bp = (x / before.chars) * 10_000;
      const ap = (y / after.chars) * 10_000;
      shifts.push({ word: w, before: x, after: y, before_per10k: +bp.toFixed(2), after_per10k: +ap.toFixed(2), change: +(ap - bp).toFixed(2) });
    }
    const n = q.words ?? 15;
    rising = shifts.filter((s) => s.change > 0).sort((p, r) => r.change - p.change).slice(0, n);
    falling = shifts.filter((s) => s.change < 0).sort((p, r) => p.change - r.change).slice(0, n);
  }
  const missing = [!before && `no ${q.year - 1} report`, !after && `no ${q.year} report`].filter(Boolean).join(', ');
  return {
    region: after?.region ?? before?.region ?? null,
    documents: { before: before ? { id: before.id, year: before.year! } : null, after: after ? { id: after.id, year: after.year! } : null },
    targets,
    followUp: follow.items,
    rising,
    falling,
    note: missing ? `${q.region}: ${missing} in the library` : follow.note,
  };
}
