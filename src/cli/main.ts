// The `workreport` command line: one module per command under ./commands, registered here. Global options
// (--quiet, --verbose) apply to every command; a wrong command line exits 2 (src/cli/errors.ts).
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { EXIT, UsageError } from './errors.js';
import { QueryError } from '../model/errors.js';
import { setVerbosity } from './log.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('workreport')
    .description('Turn Chinese government work reports (政府工作报告) into grounded, comparable, trackable data')
    .version('0.1.0')
    .option('-q, --quiet', 'only errors on stderr (no progress, notes or warnings)')
    .option('-v, --verbose', 'more detail on stderr (timings, reasons, stacks)')
    .showSuggestionAfterError()
    .exitOverride();
  program.hook('preAction', (root) => {
    const o = root.opts();
    if (o.quiet && o.verbose) throw new UsageError('--quiet and --verbose: choose one');
    setVerbosity(o.quiet ? 'quiet' : o.verbose ? 'verbose' : 'normal');
  });
  registerCommands(program);
  // Every subcommand reports its own usage errors the same way (exit 2, message already on stderr).
  for (const c of program.commands) c.exitOverride().showSuggestionAfterError();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' || e.exitCode === 0) return;
      process.exitCode = EXIT.usage;
      return;
    }
    // A query the store refused names its parameter in the API's words: the CLI says its own option's name.
    if (e instanceof QueryError && e.param && !(e instanceof UsageError)) throw new UsageError(`${optionName(e.param)}: ${e.message}`);
    // A library's error (damage a query reached, a full disk) names the library; the store loads only then.
    if (/^(?:SQLITE_|53100$|XX00[12]$)/.test(String((e as { code?: unknown })?.code ?? ''))) throw (await import('../store/db.js')).commandError(e);
    throw e;
  }
}

/** The CLI's name for a parameter of the API (within -> --within, q -> search). */
function optionName(param: string): string {
  const names: Record<string, string> = { q: 'search', report_year: '--report-year', part: '--kind-of-part' };
  return names[param] ?? `--${param}`;
}
