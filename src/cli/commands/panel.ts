// `workreport panel`: long-format facts for econometrics (one row per fact, stable fact ids).
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, addRegionOptions, formatOf, openForQuery, outputOf, regionFilter } from '../query-options.js';
import { log } from '../log.js';
import { parseYears, splitList } from '../args.js';
import { writeAnswer } from '../output.js';

export function register(program: Command): void {
  const cmd = program
    .command('panel')
    .description('long-format data, one row per fact: region, code, level, parent, year, indicator, kind, measure, value, low, high, unit, qualifier, headline, quote, ids, span')
    .option('--indicator <ids>', 'indicator ids, comma-separated')
    .option('--kind <kinds>', 'target | actual (comma-separated)')
    .option('--measure <measures>', 'growth | level | share | rank | avg_growth | change (comma-separated)')
    .option('--year <years>', 'year(s) the figures are about: 2024 or 2010-2024')
    .option('--report-year <years>', 'year(s) of the reports: 2024 or 2010-2024')
    .option('--headline', 'only headline facts');
  addRegionOptions(cmd);
  addLibraryOption(cmd);
  addFormatOptions(cmd, 'csv | xlsx | json | table | parquet', 'csv');
  cmd.action(async (opts: Record<string, any>) => {
    const format = formatOf(opts, ['csv', 'xlsx', 'json', 'table', 'parquet'], 'csv');
    const fy = parseYears(opts.year);
    const ry = parseYears(opts.reportYear, '--report-year');
    const { panelAnswer } = await import('../../store/queries/panel.js');
    const lib = await openForQuery(opts);
    try {
      const answer = await panelAnswer(lib.db, {
        ...regionFilter(opts),
        yearFrom: ry.from,
        yearTo: ry.to,
        factYearFrom: fy.from,
        factYearTo: fy.to,
        indicators: splitList(opts.indicator),
        kinds: splitList(opts.kind),
        measures: splitList(opts.measure),
        headlineOnly: !!opts.headline,
      });
      await writeAnswer(answer, { format, out: outputOf(opts) });
      if (outputOf(opts)) log.info(`${answer.table.rows.length} rows → ${outputOf(opts)}`);
    } finally {
      await lib.close();
    }
  });
}
