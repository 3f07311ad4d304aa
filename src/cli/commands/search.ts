// `workreport search "平陆运河"`: hits with region, year, part, section and a marked snippet, best first.
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, addRegionOptions, docFilter, formatOf, openForQuery } from '../query-options.js';
import { outputOf } from '../query-options.js';
import { splitList } from '../../store/queries/filters.js';
import { writeTable } from '../output.js';
import { positiveInt } from '../args.js';
import { log, verbosity } from '../log.js';
import { UsageError } from '../errors.js';

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
  cmd.action(async (query: string[], opts: Record<string, any>) => {
    const format = formatOf(opts, ['table', 'csv', 'xlsx', 'json']);
    // Quotes and spaces alone leave nothing to find: a usage error (2), not a failed input (1).
    const { queryTerms } = await import('../../analysis/search.js');
    if (queryTerms(query.join(' ')).length === 0) throw new UsageError(`search: nothing to find in ${JSON.stringify(query.join(' '))} (quotes are stripped; give a word)`);
    const { search, ensureSearchIndex } = await import('../../store/search.js');
    const lib = await openForQuery(opts);
    try {
      const t0 = performance.now();
      const built = ensureSearchIndex(lib, (done, total) => {
        if (process.stderr.isTTY && verbosity() !== 'quiet') process.stderr.write(`\rindexing for search: ${done}/${total}`);
      });
      if (built.added && process.stderr.isTTY && verbosity() !== 'quiet') process.stderr.write('\n');
      if (built.added > 50) log.info(`indexed ${built.added} reports for search in ${built.seconds.toFixed(1)}s`);
      const r = await search(lib, {
        ...docFilter(opts),
        query: query.join(' '),
        parts: splitList(opts.kindOfPart),
        limit: opts.limit,
        perDocument: opts.perDocument,
      });
      const ms = performance.now() - t0;
      const snippetCol = format === 'table' || format === 'csv' || format === 'xlsx';
      const table = {
        columns: ['rank', 'region', 'year', 'part', 'section', 'snippet', 'document_id', 'span_start'],
        rows: r.hits.map((h) => [h.rank, h.region, h.year, h.part, h.section, snippetCol ? h.snippet : h.html, h.document_id, h.span[0]]),
        notes: [`${r.hits.length} hit(s) in ${ms.toFixed(0)} ms (${r.mode === 'fts' ? 'trigram index' : 'text scan: terms shorter than 3 characters'})`],
      };
      await writeTable(table, { format, out: outputOf(opts), json: r, sheet: 'search' });
    } finally {
      await lib.close();
    }
  });
}
