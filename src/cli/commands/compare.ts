// `workreport compare`: a region × indicator table of headline targets (or results) for one year.
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, addRegionOptions, formatOf, openForQuery, outputOf, regionFilter } from '../query-options.js';
import { oneOf, splitList, year } from '../args.js';
import { writeAnswer } from '../output.js';

export function register(program: Command): void {
  const cmd = program
    .command('compare')
    .description('region × indicator table of headline figures for one year (targets, or results from the next report)')
    .option('--indicator <ids>', 'indicator ids, comma-separated (default: every indicator present)')
    .option('--kind <kind>', 'target | actual', oneOf('--kind', ['target', 'actual'] as const), 'target')
    .requiredOption('--year <year>', 'the year the figures are about (targets: that year’s report; actual: the next year’s review)', year('--year'))
    .option('--measure <measure>', 'growth | level | share | rank … (default: growth first, then level)')
    .option('--all-facts', 'not only headline facts (the 主要预期目标 statement / headline results)');
  addRegionOptions(cmd);
  addLibraryOption(cmd);
  addFormatOptions(cmd, 'table | csv | xlsx | json', 'table');
  cmd.action(async (opts: Record<string, any>) => {
    const format = formatOf(opts, ['table', 'csv', 'xlsx', 'json']);
    const { compareAnswer } = await import('../../store/queries/compare.js');
    const lib = await openForQuery(opts);
    try {
      const q = { ...regionFilter(opts), indicators: splitList(opts.indicator), kind: opts.kind, year: opts.year, measure: opts.measure, headlineOnly: !opts.allFacts };
      await writeAnswer(await compareAnswer(lib.db, q), { format, out: outputOf(opts) });
    } finally {
      await lib.close();
    }
  });
}
