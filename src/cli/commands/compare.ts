// `workreport compare`: a region × indicator table of headline targets (or results) for one year.
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, addRegionOptions, formatOf, openForQuery, regionFilter } from '../query-options.js';
import { outputOf } from '../query-options.js';
import { resolveIndicators } from '../../lexicon/indicators.js';
import { splitList } from '../../store/queries/filters.js';
import { writeTable } from '../output.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  const cmd = program
    .command('compare')
    .description('region × indicator table of headline figures for one year (targets, or results from the next report)')
    .option('--indicator <ids>', 'indicator ids, comma-separated (default: every indicator present)')
    .option('--kind <kind>', 'target | actual', 'target')
    .requiredOption('--year <year>', 'the year the figures are about (targets: that year’s report; actual: the next year’s review)')
    .option('--measure <measure>', 'growth | level | share | rank … (default: growth first, then level)')
    .option('--all-facts', 'not only headline facts (the 主要预期目标 statement / headline results)');
  addRegionOptions(cmd);
  addLibraryOption(cmd);
  addFormatOptions(cmd, 'table | csv | xlsx | json', 'table');
  cmd.action(async (opts: Record<string, any>) => {
    const format = formatOf(opts, ['table', 'csv', 'xlsx', 'json']);
    const year = Number(opts.year);
    if (!Number.isInteger(year)) throw new UsageError(`--year: expected a year, got ${opts.year}`);
    if (!['target', 'actual'].includes(opts.kind)) throw new UsageError(`--kind: expected target|actual, got ${opts.kind}`);
    const { runCompare } = await import('../../store/queries/compare.js');
    const lib = await openForQuery(opts);
    try {
      const { table, sheet, result } = await runCompare(lib.db, {
        ...regionFilter(opts),
        indicators: resolveIndicators(splitList(opts.indicator)),
        kind: opts.kind,
        year,
        measure: opts.measure,
        headlineOnly: !opts.allFacts,
      });
      if (result.rows.length === 0) table.notes = [`no ${opts.kind} facts for ${year} match these filters`];
      await writeTable(format === 'csv' || format === 'xlsx' ? sheet : table, { format, out: outputOf(opts), json: result, sheet: 'compare' });
    } finally {
      await lib.close();
    }
  });
}
