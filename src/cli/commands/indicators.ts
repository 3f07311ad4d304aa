// `workreport indicators`: the lexicon's indicator ids with their names and aliases (what --indicator accepts).
import type { Command } from 'commander';
import { addFormatOptions, formatOf, outputOf } from '../query-options.js';
import { writeAnswer } from '../output.js';
import { indicatorsAnswer } from '../../store/queries/indicators.js';

export function register(program: Command): void {
  const cmd = program
    .command('indicators')
    .description('list the indicator ids, names and aliases (--indicator accepts any of them)')
    .option('--all', 'also the indicators outside the core set');
  addFormatOptions(cmd, 'table | csv | xlsx | json', 'table');
  cmd.action(async (opts: Record<string, any>) => {
    await writeAnswer(indicatorsAnswer({ core: !opts.all }), { format: formatOf(opts, ['table', 'csv', 'xlsx', 'json']), out: outputOf(opts) });
  });
}
