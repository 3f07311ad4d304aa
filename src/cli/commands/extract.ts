// `workreport extract <file...> [--json]`: read reports and print their metadata, parts and facts.
import type { Command } from 'commander';
import { openSync, closeSync, writeSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readReport, looksLikeReport } from '../../extract/report.js';
import { cappedNote } from '../../extract/limits.js';
import { readSources } from '../sources.js';
import { genreOf } from '../../store/tables/documents.js';
import { summarise } from '../format/summary.js';
import { addOutputOption, outputOf } from '../query-options.js';
import { log } from '../log.js';
import { EXIT } from '../errors.js';

/** Standard output, or a file written whole: a temporary file renamed over it at the end. */
function sinkFor(path: string | undefined) {
  if (!path) return { write: (s: string) => void process.stdout.write(s), done() {}, abort() {} };
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  return {
    write: (s: string) => void writeSync(fd, s),
    done: () => {
      closeSync(fd);
      renameSync(tmp, path);
    },
    abort: () => {
      closeSync(fd);
      rmSync(tmp, { force: true });
    },
  };
}

export function register(program: Command): void {
  const cmd = program
    .command('extract')
    .description('read reports (.txt .md .html .docx .pdf, .jsonl/.csv collections, - for stdin) and print who wrote them, their parts and every target and result')
    .argument('<files...>', 'report files, directories or collections; - reads standard input')
    .option('--json', 'JSON Lines: one object per report, one line each')
    .option('--all', 'in the summary, list every fact with its span and quote')
    .option('--text <column>', 'collection column holding the report text')
    .option('--year <column>', 'collection column holding the year')
    .option('--region <column>', 'collection column holding the region')
    .option('--title <column>', 'collection column holding the title');
  addOutputOption(cmd);
  cmd.action(async (files: string[], opts: Record<string, any>) => {
    let failed = 0;
    const out = sinkFor(outputOf(opts));
    try {
      for await (const src of readSources(files, { text: opts.text, year: opts.year, region: opts.region, title: opts.title })) {
        if (src instanceof Error) {
          failed++;
          log.error(`error: ${src.message}`);
          continue;
        }
        const report = readReport(src.raw, src.hints);
        // (A congress resolution on a report is a genre of its own, read and stored as such.)
        const doubt = genreOf(src.hints.title ?? null, report.text) === 'resolution' ? true : looksLikeReport(report);
        if (doubt !== true) log.warn(`${src.file}: does not look like a government work report (${doubt})`);
        if (report.capped) log.warn(`${src.file}: ${cappedNote(report.capped)}`);
        if (opts.json) out.write(JSON.stringify({ file: src.file, ...report }) + '\n');
        else out.write(summarise(src.file, report, { all: opts.all }) + '\n\n');
      }
      out.done();
    } catch (e) {
      out.abort();
      throw e;
    }
    if (failed > 0) process.exitCode = EXIT.inputFailed;
  });
}
