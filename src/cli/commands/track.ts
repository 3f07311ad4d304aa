// `workreport track`: targets against results, per year (a region) or ranked across regions (one year);
// `--commitments`: candidate follow-up sentences in the next year's review for each commitment.
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, addRegionOptions, formatOf, openForQuery, outputOf, regionFilter } from '../query-options.js';
import { writeAnswer } from '../output.js';
import { parseYears, positiveInt } from '../args.js';
import { log } from '../log.js';
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
    const tolerance = opts.tolerance !== undefined ? Number(opts.tolerance) : undefined;
    if (tolerance !== undefined && !(tolerance >= 0)) throw new UsageError(`--tolerance: expected a number ≥ 0, got ${opts.tolerance}`);
    if (opts.commitments && (years.from === undefined || years.from !== years.to)) throw new UsageError('--commitments needs one --year');
    const lib = await openForQuery(opts);
    try {
      if (opts.commitments) {
        const { followUpAnswer } = await import('../../store/queries/followup.js');
        const answer = await followUpAnswer(lib, { ...regionFilter(opts), year: years.from!, top: opts.top, limit: opts.limit });
        if (answer.json.note) log.info(answer.json.note);
        await writeAnswer(answer, { format, out: outputOf(opts) });
        return;
      }
      const { trackAnswer } = await import('../../store/queries/track.js');
      const q = { ...regionFilter(opts), indicator: opts.indicator, measure: opts.measure, yearFrom: years.from, yearTo: years.to, aboutPoints: tolerance };
      await writeAnswer(await trackAnswer(lib.db, q), { format, out: outputOf(opts) });
    } finally {
      await lib.close();
    }
  });
}
