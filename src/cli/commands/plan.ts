// `workreport plan <file...>`: the year's commitments as a grouped list, JSON, or a CSV/XLSX task sheet;
// `--eval <corpus>` scores the extractor on the hand-annotated sample.
import { Option, type Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../types.js';
import { UsageError } from '../errors.js';
import { log } from '../log.js';
import { writeAnswer, writeAtomic } from '../output.js';
import { formatOf, LIBRARY_OPTION_HELP, openForQuery } from '../query-options.js';

interface PlanOptions {
  ledger?: boolean;
  doc?: string;
  db?: string;
  json?: boolean;
  format?: string;
  out?: string;
  output?: string;
  eval?: string;
}

export function register(program: Command): void {
  program
    .command('plan')
    .description('the work plan as a task list: commitments, projects, livelihood pledges, achievements, problems')
    .argument('[files...]', 'report files (txt, html, docx, pdf), directories, collections; - reads standard input')
    .option('--json', 'print the plan as JSON')
    .option('--ledger', 'the supervision ledger (督查台账) of one report: numbered tasks with, for a stored report (--doc), the next report’s status and evidence; --format table|csv|xlsx|json')
    .option('--doc <id>', 'with --ledger: a report in the library (its id) instead of a file')
    .option('--db <path|url>', LIBRARY_OPTION_HELP)
    .option('--format <fmt>', 'write a task sheet: csv or xlsx')
    .option('-o, --output <file>', 'output file, written whole (default: standard output; xlsx needs a file or a redirect)')
    .addOption(new Option('--out <file>').hideHelp())
    .option('--eval <corpus>', 'score against the hand-annotated sample in test/fixtures/plan, reading the corpus folder (seeds/, national/)')
    .action(async (files: string[], opts: PlanOptions) => {
      if (opts.eval) {
        process.stdout.write('sample (000, 002, national 2024):\n' + formatEval(await runPlanEval(opts.eval)));
        process.stdout.write('held-out (001):\n' + formatEval(await runPlanEval(opts.eval, 'heldout.jsonl')));
        return;
      }
      if (opts.ledger || opts.doc) return ledger(files, opts);
      if (files.length === 0) throw new UsageError('plan: give at least one file');
      const { readSources } = await import('../sources.js');
      const { readReport } = await import('../../extract/report.js');
      const { formatPlan } = await import('../../extract/plan/sheet.js');
      const results = [];
      for await (const src of readSources(files)) {
        if (src instanceof Error) {
          process.stderr.write(`error: ${src.message}\n`);
          process.exitCode = 1;
          continue;
        }
        // readReport reads the plan too: commitments, projects, pledges, achievements, problems.
        const report = readReport(src.raw, src.hints);
        results.push({ file: src.file, report, plan: report });
      }
      const fmt = opts.format?.toLowerCase();
      if (fmt === 'csv' || fmt === 'xlsx') {
        // The sheet the library gives of the same reports once stored (/api/documents/{id}/tasks).
        const { writeTable } = await import('../output.js');
        const { reportTasks, fileOf } = await import('../../store/queries/tasks.js');
        const { tasksTable } = await import('../../analysis/tasks.js');
        const table = tasksTable(results.map((r) => ({ file: fileOf(r.file), tasks: reportTasks(r.report) })));
        const out = opts.output ?? opts.out;
        await writeTable(table, { format: fmt, out, sheet: '任务清单' });
        if (out) log.info(`${table.rows.length} commitments written to ${out}`);
        return;
      }
      if (fmt) throw new UsageError(`plan: unknown format ${fmt} (csv or xlsx)`);
      if (opts.json) {
        const json = JSON.stringify(
          results.map(({ file, report: { meta, commitments, projects, pledges, achievements, problems } }) => ({ file, meta, commitments, projects, pledges, achievements, problems })),
          null,
          2,
        );
        if (opts.output ?? opts.out) writeAtomic(opts.output ?? opts.out!, json + '\n');
        else process.stdout.write(json + '\n');
        return;
      }
      let text = '';
      for (const r of results) {
        const p = r.plan;
        text += `# ${r.file} — ${p.commitments.length} commitments (${p.commitments.filter((c) => c.quantified).length} quantified), ${p.projects.length} projects, ${p.pledges.length} pledge blocks, ${p.achievements.length} achievements, ${p.problems.length} problems\n`;
        text += formatPlan(p.commitments) + '\n';
      }
      if (opts.output ?? opts.out) writeAtomic(opts.output ?? opts.out!, text);
      else process.stdout.write(text);
    });
}

/** `plan --ledger FILE` or `plan --ledger --doc ID`: one report's ledger, the rows the API gives of it. */
async function ledger(files: string[], opts: PlanOptions): Promise<void> {
  const format = formatOf({ format: opts.json ? 'json' : opts.format }, ['table', 'csv', 'xlsx', 'json']);
  const out = opts.output ?? opts.out;
  if (opts.doc) {
    if (files.length) throw new UsageError('plan --ledger: give a file or --doc, not both');
    const lib = await openForQuery(opts);
    try {
      const { ledgerAnswer } = await import('../../store/queries/ledger.js');
      const a = await ledgerAnswer(lib, opts.doc);
      if (!a) throw new UsageError(`--doc: no report ${opts.doc} in the library`);
      if (!a.json.next_document) log.info(`${a.json.document.region ?? opts.doc}: no ${(a.json.document.year ?? 0) + 1} report in the library: no follow-up yet`);
      return await writeAnswer(a, { format, out });
    } finally {
      await lib.close();
    }
  }
  const { readSources } = await import('../sources.js');
  const { readReport } = await import('../../extract/report.js');
  const { reportLedger } = await import('../../store/queries/ledger.js');
  const reports = [];
  for await (const src of readSources(files)) {
    if (src instanceof Error) throw src;
    reports.push(readReport(src.raw, src.hints));
  }
  if (reports.length !== 1) throw new UsageError(`plan --ledger: one report at a time (got ${reports.length}); a stored report with --doc`);
  await writeAnswer(reportLedger(reports[0]), { format, out });
}

/** Loads the sample's documents from a corpus folder and scores them. */
export async function runPlanEval(corpus: string, fixtureName = 'commitments.jsonl'): Promise<import('../../eval/plan-eval.js').PlanEvalResult> {
  const { readdir } = await import('node:fs/promises');
  const { readReport } = await import('../../extract/report.js');
  const { evaluatePlan, parsePlanGold } = await import('../../eval/plan-eval.js');
  const fixture = new URL(`../../../test/fixtures/plan/${fixtureName}`, import.meta.url);
  const gold = parsePlanGold(await readFile(fixture, 'utf8'));
  const wanted = new Set(gold.map((g) => g.doc));
  const docs = new Map<string, Report>();
  for (const f of await readdir(join(corpus, 'seeds'))) {
    const key = `seed:${f.slice(0, 3)}`;
    if (wanted.has(key)) docs.set(key, readReport(await readFile(join(corpus, 'seeds', f), 'utf8')));
  }
  const national = await readFile(join(corpus, 'national', 'government_work_reports.jsonl'), 'utf8');
  for (const line of national.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { content: string; year: string | null };
    const key = `national:${row.year}`;
    if (row.year && wanted.has(key)) docs.set(key, readReport(row.content, { year: Number(row.year) }));
  }
  return evaluatePlan(docs, gold);
}

export function formatEval(r: import('../../eval/plan-eval.js').PlanEvalResult): string {
  const pct = (x: number): string => (x * 100).toFixed(1) + '%';
  let s = `plan commitments: ${r.matched}/${r.gold} annotated matched, ${r.extracted} extracted in the annotated paragraphs\n`;
  s += `  precision ${pct(r.precision)}  recall ${pct(r.recall)}  (deadline ${pct(r.fields.deadline)}, stretch ${pct(r.fields.stretch)}, qualifier ${pct(r.fields.qualifier)} of matches)\n`;
  for (const m of r.missed) s += `  missed  ${m.doc} ${m.key} [${m.action}]${m.got ? ` got: ${m.got}` : ''}\n`;
  for (const x of r.spurious) s += `  extra   ${x.doc} ${x.quote} [${x.action}]\n`;
  for (const p of r.missingParagraphs) s += `  paragraph not found: ${p}\n`;
  return s;
}
