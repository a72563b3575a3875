// `parallax`: the command line. `run` never throws: it prints what went wrong as one line on
// stderr and returns the exit code (0 ok, 1 internal error, 2 bad input or usage).
import { parseCommandLine, type Command } from './args';
import { UsageError, UserError } from './errors';
import { loadCase } from './load-case';
import { emit } from './output';
import { readPairs } from './pairs-command';
import { renderAnalysis, renderWorksheet, runCheck } from './report-commands';
import { screenInput } from './screen-input';
import { USAGE, version } from './usage';

export async function run(argv: string[]): Promise<number> {
  try {
    await execute(parseCommandLine(argv));
    return 0;
  } catch (error) {
    return report(error);
  }
}

/** The case's analysis with the user's corrections applied, as the app shows and exports it. */
async function analyzeCase(inputs: string[]) {
  const { input, edits } = loadCase(inputs);
  screenInput(input, printError);
  // The engine (and its language model) loads only once the inputs are known to be good.
  const { analyze } = await import('../engine/index');
  const { applyEdits } = await import('../engine/edits/index');
  const { analysis, orphaned } = applyEdits(analyze(input), edits);
  if (orphaned.length) warnOrphaned(orphaned.map((o) => o.edit.id));
  return analysis;
}

async function execute(command: Command): Promise<void> {
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return;
    case 'version':
      process.stdout.write(`${version()}\n`);
      return;
    case 'analyze':
      emit(await renderAnalysis(await analyzeCase(command.inputs), command.format), command.out);
      return;
    case 'worksheet':
      emit(await renderWorksheet(await analyzeCase(command.inputs), command.key), command.out);
      return;
    case 'check': {
      const { input } = loadCase(command.inputs);
      screenInput(input, printError);
      emit(await runCheck(input, command.claim, command.format), command.out);
      return;
    }
    case 'voices': {
      const { writeVoices } = await import('./voices-command');
      process.stdout.write(await writeVoices(command.input, command.out));
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

function warnOrphaned(ids: string[]): void {
  const which = ids.length === 1 ? `1 correction (${ids[0]}) names a claim` : `${ids.length} corrections (${ids.join(', ')}) name claims`;
  printError(`warning: ${which} no longer in the texts; skipped. Open the case in Parallax to review.`);
}

function printError(message: string): void {
  process.stderr.write(`parallax: ${message.replace(/\s*[\r\n]+\s*/g, ' ').trim()}\n`);
}
