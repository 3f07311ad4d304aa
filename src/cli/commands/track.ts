// `workreport track`: targets against results, per year (a region) or ranked across regions (one year);
// `--commitments`: candidate follow-up sentences in the next year's review for each commitment.
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, addRegionOptions, formatOf, openForQuery, regionFilter } from '../query-options.js';
import { outputOf } from '../query-options.js';
import { parseYears } from '../../store/queries/filters.js';
import { writeTable, type Table } from '../output.js';
import { positiveInt } from '../args.js';
import { log } from '../log.js';
import { resolveIndicators } from '../../lexicon/indicators.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  const cmd = program
    .command('track')
    .description('target (report Y) vs result (report Y+1) per year, gap and verdict (met / missed / no target / no result); with --year over many regions: who missed by most')
    .option('--indicator <id>', 'indicator id', 'gdp')
    .option('--measure <measure>', 'growth | level … (default: growth first)')
    .option('--year <years>', 'target year(s): one year with --level/--within ranks regions; a range limits a series')
    .option('--tolerance <pp>', '左右 tolerance in percentage points (default 0.5)')
    .option('--commitments', 'for each commitment of report --year, the likeliest follow-up sentences of the next report’s review')
    .option('--top <n>', 'with --commitments: candidate sentences per commitment', positiveInt('--top'), 3)
    .option('--limit <n>', 'with --commitments: commitments to list (default all)', positiveInt('--limit'));
  addRegionOptions(cmd);
  addLibraryOption(cmd);
  addFormatOptions(cmd, 'table | csv | xlsx | json', 'table');
  cmd.action(async (opts: Record<string, any>) => {
    const format = formatOf(opts, ['table', 'csv', 'xlsx', 'json']);
    const years = parseYears(opts.year);
    const lib = await openForQuery(opts);
    try {
      if (opts.commitments) {
        const { runFollowUp, followUpTable } = await import('../../store/queries/followup.js');
        if (years.from === undefined || years.from !== years.to) throw new UsageError('--commitments needs one --year');
        const r = await runFollowUp(lib, { ...regionFilter(opts), year: years.from, top: opts.top, limit: opts.limit });
        if (r.note) log.info(r.note);
        await writeTable(followUpTable(r.items), { format, out: outputOf(opts), json: r, sheet: 'follow-up' });
        return;
      }
      const { runTrackSeries, runTrackRanking } = await import('../../store/queries/track.js');
      const { trackTable } = await import('../../analysis/track.js');
      const tol = opts.tolerance !== undefined ? Number(opts.tolerance) : undefined;
      if (tol !== undefined && !(tol >= 0)) throw new UsageError(`--tolerance: expected a number ≥ 0, got ${opts.tolerance}`);
      const filter = regionFilter(opts);
      const [indicator] = resolveIndicators([opts.indicator])!;
      const base = { ...filter, indicator, measure: opts.measure, aboutPoints: tol };
      const ranking = years.from !== undefined && years.from === years.to && !filter.regions?.length;
      if (!ranking && !filter.regions?.length && !filter.level && !filter.within) throw new UsageError('track needs --region, or --level/--within with one --year');
      const rows = ranking
        ? await runTrackRanking(lib.db, { ...base, year: years.from! })
        : await runTrackSeries(lib.db, { ...base, from: years.from, to: years.to });
      // Fact ids mean nothing to a reader at a terminal; csv and json keep them for joining with the panel.
      const table: Table = trackTable(rows, { ids: format !== 'table' });
      const pp = tol ?? 0.5;
      if (format === 'table') {
        table.notes = ['', 'verdict: met if result ≥ target (floor) / ≤ target (ceiling: at_most, CPI, unemployment, intensities);',
          `左右 X allows ±${pp} pp (±5% for amounts); a range a–b needs ≥ a (≤ b for a ceiling); gap = result − target.`];
        if (rows.length === 0) table.notes.unshift('no targets or results match these filters');
      }
      await writeTable(table, { format, out: outputOf(opts), json: rows, sheet: 'track' });
    } finally {
      await lib.close();
    }
  });
}
