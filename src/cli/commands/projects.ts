// `workreport projects --region R`: the named projects of a region's successive reports, each as a timeline (the
// stage each report states, 谋划 → 开工 → 建成) with a derived status; csv/xlsx one line a mention with its sentence.
import type { Command } from 'commander';
import { addFormatOptions, addLibraryOption, formatOf, openForQuery, outputOf } from '../query-options.js';
import { writeAnswer } from '../output.js';
import { parseYears, positiveInt } from '../args.js';
import { log } from '../log.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  const cmd = program
    .command('projects')
    .description('projects across years: the same named project in a region’s successive reports (一期/二期, abbreviations, 至/—, with or without 项目/工程), its stage per year and status (planned → started → completed)')
    .option('--region <name>', 'one region: a name or a GB/T 2260 code (中华人民共和国, 钦州市, 450700)')
    .option('--year <years>', 'report years (2015-2025)')
    .option('--min-years <n>', 'only projects seen in at least n report years (1: every project)', positiveInt('--min-years'), 2);
  addLibraryOption(cmd);
  addFormatOptions(cmd, 'table | csv | xlsx | json', 'table');
  cmd.action(async (opts: Record<string, any>) => {
    const format = formatOf(opts, ['table', 'csv', 'xlsx', 'json']);
    if (!opts.region || String(opts.region).includes(',')) throw new UsageError('--region: give one region (a name or a code)');
    const years = parseYears(opts.year);
    const lib = await openForQuery(opts);
    try {
      const { projectsAnswer } = await import('../../store/queries/projects.js');
      const answer = await projectsAnswer(lib.db, { region: opts.region, yearFrom: years.from, yearTo: years.to, minYears: opts.minYears });
      if (answer.json.note && format !== 'table') log.info(answer.json.note);
      await writeAnswer(answer, { format, out: outputOf(opts) });
    } finally {
      await lib.close();
    }
  });
}
