// track: the facts a region series or a level ranking needs, then the pure rule (analysis/track).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DocFilter } from './filters.js';
import { selectFactCells } from './facts.js';
import { rankYear, trackSeries, type RuleOptions, type TrackRow } from '../../analysis/track.js';

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
