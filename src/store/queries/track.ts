// track: the facts a region series or a level ranking needs, then the pure rule (analysis/track); which of the
// two a query asks for is decided here, for both shells.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DocFilter } from './filters.js';
import { selectFactCells } from './facts.js';
import { rankYear, trackSeries, trackTable, type RuleOptions, type TrackRow } from '../../analysis/track.js';
import { resolveIndicators } from '../../lexicon/indicators.js';
import { QueryError } from '../../model/errors.js';
import type { TrackResult } from '../../model/api/index.js';
import type { Answer } from '../../model/table.js';

export interface TrackQuery extends DocFilter, RuleOptions {
  indicator: string;
  measure?: string;
  /** Ranking mode: one target year across the filtered regions. */
  year?: number;
  /** Series mode: target years from..to. */
  from?: number;
  to?: number;
}

const headline = (db: Kysely<Database>, q: TrackQuery, from?: number, to?: number) =>
  selectFactCells(db, {
    regions: q.regions,
    level: q.level,
    within: q.within,
    yearFrom: from,
    yearTo: to,
    indicators: [q.indicator],
    kinds: ['target', 'actual'],
    headlineOnly: true,
    firstReportPerRegionYear: true,
  });

/** Per region, per year: target, result, gap, verdict (all years, or from..to). */
export async function runTrackSeries(db: Kysely<Database>, q: TrackQuery): Promise<TrackRow[]> {
  const facts = await headline(db, q, q.from, q.to !== undefined ? q.to + 1 : undefined);
  return trackSeries(facts, q.indicator, q);
}

/** One target year across regions, who missed by most first. */
export async function runTrackRanking(db: Kysely<Database>, q: TrackQuery & { year: number }): Promise<TrackRow[]> {
  const facts = await headline(db, q, q.year, q.year + 1);
  return rankYear(facts, q.indicator, q.year, q);
}

/** A track as both shells ask for it: target years from..to (one year, and no region: a ranking). */
export interface TrackAsk extends DocFilter, RuleOptions {
  /** An id, name or alias. */
  indicator: string;
  measure?: string;
  yearFrom?: number;
  yearTo?: number;
}

/** A region's series, or, for one year over a level or a containing region, the ranking of who missed by most. */
export async function trackAnswer(db: Kysely<Database>, q: TrackAsk): Promise<Answer<TrackResult>> {
  const [indicator] = resolveIndicators([q.indicator])!;
  const ranking = q.yearFrom !== undefined && q.yearFrom === q.yearTo && !q.regions?.length;
  if (!ranking && !q.regions?.length && !q.level && !q.within) throw new QueryError('give a region, or a level or a containing region with one year', 'region');
  const base = { ...q, indicator };
  const rows = ranking ? await runTrackRanking(db, { ...base, year: q.yearFrom! }) : await runTrackSeries(db, { ...base, from: q.yearFrom, to: q.yearTo });
  // Fact ids mean nothing to a reader at a terminal; csv and json keep them for joining with the panel.
  const screen = trackTable(rows, { ids: false });
  screen.notes = [
    ...(rows.length === 0 ? ['no targets or results match these filters'] : []),
    '',
    'verdict: met if result ≥ target (floor) / ≤ target (ceiling: at_most, CPI, unemployment, intensities);',
    `左右 X allows ±${q.aboutPoints ?? 0.5} pp (±5% for amounts); a range a–b needs ≥ a (≤ b for a ceiling); gap = result − target.`,
  ];
  return { name: 'track', table: trackTable(rows), json: { mode: ranking ? 'ranking' : 'series', indicator, rows }, screen };
}
