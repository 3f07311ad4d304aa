// The `workreport` command line: one module per command under ./commands, registered here.
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('workreport')
    .description('Turn Chinese government work reports (政府工作报告) into grounded, comparable, trackable data')
    .version('0.1.0');
  registerCommands(program);
  await program.parseAsync(argv);
}
