// `workreport search "平陆运河"`: hits with region, year, part, section and a marked snippet, best first.
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, addRegionOptions, docFilter, formatOf, openForQuery, outputOf } from '../query-options.js';
import { writeAnswer } from '../output.js';
import { positiveInt, splitList } from '../args.js';
import { log, verbosity } from '../log.js';

export function register(program: Command): void {
  const cmd = program
    .command('search')
    .description('full-text search (any substring; FTS5 trigram index, built on first use): hits with region, year, part, section and snippet')
    .argument('<query...>', 'words to find (all must occur in one paragraph); 1–2 character words scan the text')
    .option('--year <years>', 'report year(s): 2024 or 2010-2024')
    .option('--kind-of-part <parts>', 'only hits in these parts: review, targets, plan, five_year_review, five_year_plan, self_building, preamble, other')
    .option('--limit <n>', 'hits to show', positiveInt('--limit'), 20)
    .option('--per-document <n>', 'hits per report at most', positiveInt('--per-document'), 3);
  addRegionOptions(cmd);
  addLibraryOption(cmd);
  addFormatOptions(cmd, 'table | csv | xlsx | json', 'table');
  cmd.action(async (words: string[], opts: Record<string, any>) => {
    const format = formatOf(opts, ['table', 'csv', 'xlsx', 'json']);
    const query = words.join(' ');
    // Quotes and spaces alone leave nothing to find: a usage error (2), before any library is opened.
    const { searchTerms } = await import('../../analysis/search.js');
    searchTerms(query);
    const { ensureSearchIndex } = await import('../../store/search.js');
    const { searchAnswer } = await import('../../store/queries/search.js');
    const lib = await openForQuery(opts);
    try {
      const t0 = performance.now();
      const shown = process.stderr.isTTY && verbosity() !== 'quiet';
      const built = ensureSearchIndex(lib, (done, total) => shown && process.stderr.write(`\rindexing for search: ${done}/${total}`));
      if (built.added && shown) process.stderr.write('\n');
      if (built.added > 50) log.info(`indexed ${built.added} reports for search in ${built.seconds.toFixed(1)}s`);
      const answer = await searchAnswer(lib, { ...docFilter(opts), query, parts: splitList(opts.kindOfPart), limit: opts.limit, perDocument: opts.perDocument });
      const ms = performance.now() - t0;
      const how = answer.json.mode === 'fts' ? 'trigram index' : 'text scan: terms shorter than 3 characters';
      answer.screen = { ...answer.table, notes: [`${answer.json.hits.length} hit(s) in ${ms.toFixed(0)} ms (${how})`] };
      await writeAnswer(answer, { format, out: outputOf(opts) });
    } finally {
      await lib.close();
    }
  });
}
