/** The command line (README, Command line). Turns arguments into calls, and every failure into a message and an exit code. */
import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import { registerAudit } from './audit-command.js';
import { registerCatalogue } from './catalogue-commands.js';
import { registerGraph } from './graph-command.js';
import { version } from '../version.js';
import { registerInit } from './init-command.js';
import { registerMerge } from './merge-command.js';
import { registerLsp } from './lsp-command.js';
import { writeNote } from './output.js';

export const EXIT = { clean: 0, gaps: 1, usage: 2 } as const;

export async function main(argv: readonly string[]): Promise<number> {
  if (!process.stdout.listeners('error').includes(whenStdoutFails)) process.stdout.on('error', whenStdoutFails);
  const program = new Command('gapcheck')
    .description('Audit customer-service processes for the small gaps that grow into customer-service wildfires.')
    .version(version(), '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`gapcheck: ${text.replace(/^error: /, '')}`) })
    .addHelpText(
      'after',
      '\nExamples:\n  gapcheck audit processes/\n  gapcheck rules\n  gapcheck explain order-confirmation\n',
    );
  let exitCode: number = EXIT.clean;
  const setExitCode = (code: number): void => {
    exitCode = code;
  };
  registerAudit(program, setExitCode);
  registerCatalogue(program);
  registerGraph(program);
  registerInit(program);
  registerMerge(program, setExitCode);
  registerLsp(program);
  program.commands.forEach((command) => command.exitOverride().showSuggestionAfterError(true));
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
  }
  if (error instanceof UsageError) {
    writeNote(error.message);
    return EXIT.usage;
  }
  writeNote(
    `internal error: ${describe(error)}\nThis is a bug in gapcheck; please report it with the command you ran.`,
  );
  if (process.env.GAPCHECK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.usage;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `gapcheck audit | head`: once the reader has what it wanted and closes the pipe, the rest of the output is dropped
 * quietly, never with a stack trace, and the command runs to its end: the exit code still says whether there are
 * gaps, and the cache is written whole.
 */
function whenStdoutFails(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`gapcheck: cannot write the output (${error.message})\n`);
  process.exit(EXIT.usage);
}
