// `workreport extract <file...> [--json]`: read reports and print their metadata, parts and facts.
import type { Command } from 'commander';
import { readReport } from '../../extract/report.js';
import { readSources } from '../sources.js';
import { summarise } from '../format/summary.js';

export function register(program: Command): void {
  program
    .command('extract')
    .description('read reports (.txt .html .docx .pdf, .jsonl/.csv collections, - for stdin) and print who wrote them, their parts and every target and result')
    .argument('<files...>', 'report files, directories or collections; - reads standard input')
    .option('--json', 'one JSON object per report (JSON Lines for several)')
    .option('--all', 'in the summary, list every fact with its span and quote')
    .option('--text <column>', 'collection column holding the report text')
    .option('--year <column>', 'collection column holding the year')
    .option('--region <column>', 'collection column holding the region')
    .option('--title <column>', 'collection column holding the title')
    .action(async (files: string[], opts: { json?: boolean; all?: boolean; text?: string; year?: string; region?: string; title?: string }) => {
      let failed = 0;
      const several = files.length > 1 || files.some((f) => /\.(jsonl|ndjson|csv|tsv)$/i.test(f));
      for await (const src of readSources(files, { text: opts.text, year: opts.year, region: opts.region, title: opts.title })) {
        if (src instanceof Error) {
          failed++;
          process.stderr.write(`error: ${src.message}\n`);
          continue;
        }
        const report = readReport(src.raw, src.hints);
        if (opts.json) {
          const out = { file: src.file, ...report };
          process.stdout.write((several ? JSON.stringify(out) : JSON.stringify(out, null, 2)) + '\n');
        } else {
          process.stdout.write(summarise(src.file, report, { all: opts.all }) + '\n\n');
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
