// The most items of each kind one report keeps: a bound on the engine's memory for any input within the size
// limit (50 MB of text), enforced while it walks, so that it never holds more. Pure data.
//
// Derived from the real reports: over lawtext/gov's 1,528 province and main-city reports (at most 36,000
// characters) a report holds at most 78 indicator facts (4.1 per 1,000 characters), 893 commitments (47 per
// 1,000), 200 projects, 159 achievements and 21 problems. Each cap leaves a report ten times the longest, at the
// densest real rate, whole; only text that is no report (a 40 MB line of 地区生产总值增长6%左右，repeated: 1.3
// million facts, 437,000 commitments, 1.6 GB) reaches one, and is stored with a warning saying what was kept.

export interface ItemLimits {
  /** Indicator facts (targets and results). */
  facts: number;
  /** Clauses of the work plan read for commitments, projects and achievements (every commitment is one). */
  clauses: number;
  commitments: number;
  projects: number;
  pledges: number;
  achievements: number;
  problems: number;
}

export const ITEM_LIMITS: Readonly<ItemLimits> = Object.freeze({
  facts: 5_000,
  clauses: 50_000,
  commitments: 20_000,
  projects: 5_000,
  pledges: 2_000,
  achievements: 5_000,
  problems: 2_000,
});

/** The kinds whose cap a report reached, each with how many were kept. */
export type Capped = Partial<Record<keyof ItemLimits, number>>;

const NAMES: Record<keyof ItemLimits, string> = {
  facts: 'facts',
  clauses: 'plan clauses',
  commitments: 'commitments',
  projects: 'projects',
  pledges: 'pledges',
  achievements: 'achievements',
  problems: 'problems',
};

/** `only the first 20,000 facts and 50,000 plan clauses were read (the most one report keeps)` */
export function cappedNote(capped: Capped): string | null {
  const kinds = Object.entries(capped) as Array<[keyof ItemLimits, number]>;
  if (kinds.length === 0) return null;
  const list = kinds.map(([k, n]) => `${n.toLocaleString('en-US')} ${NAMES[k]}`);
  const said = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  return `only the first ${said} were kept (the most one report keeps; a real report holds a few hundred)`;
}
