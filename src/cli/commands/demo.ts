// `workreport demo` (what `npm start` runs): loads the bundled sample reports into the local library and
// shows what the tool reads from them: one report's summary, the five cities' 2024 targets side by side,
// and the national GDP targets checked against the next year's results.
import { join } from 'node:path';
import type { Command } from 'commander';
import { LIBRARY_OPTION_HELP } from '../query-options.js';
import { NATIONAL_JSONL, SEEDS_DIR } from '../paths.js';
import { readSources } from '../sources.js';
import { readReport } from '../../extract/report.js';
import { summarise } from '../format/summary.js';
import { renderTable } from '../output.js';
import { serveUntilStopped } from './serve.js';

export function register(program: Command): void {
  program
    .command('demo')
    .description('load the bundled sample reports into the local library and show what workreport reads from them')
    .option('--no-serve', 'only print; do not start the workbench afterwards')
    .option('--port <port>', 'port of the workbench', '8787')
    .option('--db <path|url>', LIBRARY_OPTION_HELP)
    .action(async (opts: { db?: string; serve: boolean; port: string }) => {
      const { openLibrary, resolveDbPath } = await import('../../store/db.js');
      const { ingest } = await import('../../store/ingest.js');
      const { compareAnswer } = await import('../../store/queries/compare.js');
      const { trackAnswer } = await import('../../store/queries/track.js');
      const lib = await openLibrary(resolveDbPath(opts.db));
      try {
        const s = await ingest(lib, [SEEDS_DIR, NATIONAL_JSONL]);
        console.log(`Library ${lib.path}: ${s.added} reports added, ${s.unchanged} already there (${s.seconds.toFixed(1)} s).\n`);
        for await (const src of readSources([join(SEEDS_DIR, '001_7d300adec33de1ff.txt')])) {
          if (!(src instanceof Error)) console.log(summarise('corpus/seeds/001_7d300adec33de1ff.txt', readReport(src.raw, src.hints)) + '\n');
        }
        console.log('2024 targets of the five cities (workreport compare --kind target --year 2024 --level city)');
        const indicators = ['gdp', 'industrial_value_added', 'fixed_asset_investment', 'retail_sales', 'foreign_trade', 'public_budget_revenue', 'cpi', 'surveyed_unemployment'];
        const compare = await compareAnswer(lib.db, { level: 'city', kind: 'target', year: 2024, headlineOnly: true, indicators });
        console.log(renderTable(compare.screen ?? compare.table) + '\n');
        console.log('National GDP: target against the next report’s result (workreport track --region 中华人民共和国 --indicator gdp)');
        const track = await trackAnswer(lib.db, { regions: ['中华人民共和国'], indicator: 'gdp', yearFrom: 2005 });
        console.log(renderTable(track.screen ?? track.table) + '\n');
      } catch (e) {
        await lib.close();
        throw e;
      }
      console.log('More: workreport extract <file> [--json] · eval · ingest · compare · panel · track · search · terms · serve · --help');
      if (!opts.serve) {
        await lib.close();
        return;
      }
      const s = await serveUntilStopped({ lib, port: Number(opts.port) });
      console.log(`\nThe workbench is open at ${s.url} (the API at ${s.url}api/). Ctrl-C stops it.`);
    });
}
