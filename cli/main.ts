// `parallax`: the command line. `run` never throws: it prints what went wrong as one line on
// stderr and returns the exit code (0 ok, 1 internal error, 2 bad input or usage).
import { parseCommandLine, type Command } from './args';
import { UsageError, UserError } from './errors';
import { loadInputs } from './load-case';
import { renderMarkdown } from './markdown';
import { emit } from './output';
import { readPairs } from './pairs-command';
import { USAGE, version } from './usage';

export async function run(argv: string[]): Promise<number> {
  try {
    await execute(parseCommandLine(argv));
    return 0;
  } catch (error) {
    return report(error);
  }
}

async function execute(command: Command): Promise<void> {
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return;
    case 'version':
      process.stdout.write(`${version()}\n`);
      return;
    case 'analyze': {
      const input = loadInputs(command.inputs);
      // The engine (and its language model) loads only once the inputs are known to be good.
      const { analyze } = await import('../engine/index');
      const analysis = analyze(input);
      emit(command.format === 'md' ? renderMarkdown(analysis) : `${JSON.stringify(analysis, null, 2)}\n`, command.out);
      return;
    }
    case 'pairs': {
      const pairs = readPairs(command.input);
      const { comparePairs } = await import('./compare-pairs');
      emit(comparePairs(pairs), command.out);
      return;
    }
  }
}

function report(error: unknown): number {
  if (error instanceof UsageError) {
    printError(`${error.message} See 'parallax --help'.`);
    return 2;
  }
  if (error instanceof UserError) {
    printError(error.message);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  printError(`internal error: ${message}`);
  if (process.env.PARALLAX_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 1;
}

function printError(message: string): void {
  process.stderr.write(`parallax: ${message.replace(/\s*[\r\n]+\s*/g, ' ').trim()}\n`);
}
