// `workreport indicators`: the lexicon's indicator ids with their names and aliases (what --indicator accepts).
import type { Command } from 'commander';
import { INDICATORS } from '../../lexicon/indicators.js';
import { addFormatOptions, formatOf, outputOf } from '../query-options.js';
import { writeTable } from '../output.js';

export function register(program: Command): void {
  const cmd = program
    .command('indicators')
    .description('list the indicator ids, names and aliases (--indicator accepts any of them)')
    .option('--all', 'also the indicators outside the core set');
  addFormatOptions(cmd, 'table | csv | xlsx | json', 'table');
  cmd.action(async (opts: Record<string, any>) => {
    const format = formatOf(opts, ['table', 'csv', 'xlsx', 'json']);
    const list = INDICATORS.filter((e) => opts.all || e.core);
    const table = {
      columns: ['id', 'name', 'aliases', 'core'],
      rows: list.map((e) => [e.id, e.name, [...e.aliases.filter((a) => a !== e.name), ...(e.needsValue ?? []).map((a) => `${a}…`)].join('、'), e.core ? 'core' : '']),
      notes: ['', 'An alias ending in … counts only before a figure (经济增长6%). Compare, panel and track take ids, names or aliases.'],
    };
    await writeTable(table, { format, out: outputOf(opts), json: list, sheet: 'indicators' });
  });
}
