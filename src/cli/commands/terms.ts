// `workreport terms --words 生态,环保,污染 | --dict FILE`: per-report counts and frequency per 10,000 characters.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, addRegionOptions, docFilter, formatOf, openForQuery, outputOf } from '../query-options.js';
import { splitList } from '../args.js';
import { writeAnswer } from '../output.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  const cmd = program
    .command('terms')
    .description('word counts per report and per 10,000 characters (jieba segmentation, the words as a user dictionary) for attention indices')
    .option('--words <words>', 'words, comma-separated')
    .option('--dict <file>', 'a word list, one per line (jieba dictionary lines accepted)')
    .option('--exact', 'count tokens equal to a word only (not compounds containing it)')
    .option('--year <years>', 'report year(s): 2024 or 2010-2024');
  addRegionOptions(cmd);
  addLibraryOption(cmd);
  addFormatOptions(cmd, 'table | csv | xlsx | json', 'table');
  cmd.action(async (opts: Record<string, any>) => {
    const format = formatOf(opts, ['table', 'csv', 'xlsx', 'json']);
    const { parseWordList } = await import('../../analysis/terms.js');
    const words = [...new Set([...splitList(opts.words), ...(opts.dict ? parseWordList(readFileSync(opts.dict, 'utf8')) : [])])];
    if (words.length === 0) throw new UsageError('terms: give --words a,b,c or --dict FILE');
    const { termsAnswer } = await import('../../store/queries/terms.js');
    const lib = await openForQuery(opts);
    try {
      await writeAnswer(await termsAnswer(lib, { ...docFilter(opts), words, exact: !!opts.exact }), { format, out: outputOf(opts) });
    } finally {
      await lib.close();
    }
  });
}
