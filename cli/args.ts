// Parsing the command line into one command and its options; every mistake is a UsageError.
import { parseArgs } from 'node:util';
import { UsageError, UserError } from './errors';

export type Format = 'json' | 'md' | 'html' | 'csv' | 'reasons-csv';
export type CheckFormat = 'text' | 'json';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; inputs: string[]; format: Format; out: string | null }
  | { kind: 'pairs'; input: string; out: string | null }
  | { kind: 'worksheet'; inputs: string[]; key: boolean; out: string | null }
  | { kind: 'check'; inputs: string[]; claim: string; format: CheckFormat; out: string | null }
  | { kind: 'voices'; input: string; out: string | null };

const COMMANDS = ['analyze', 'pairs', 'worksheet', 'check', 'voices'];
const FORMATS: readonly Format[] = ['json', 'md', 'html', 'csv', 'reasons-csv'];
const CHECK_FORMATS: readonly CheckFormat[] = ['text', 'json'];

export function parseCommandLine(argv: string[]): Command {
  let values: { help?: boolean; version?: boolean; format?: string; out?: string; key?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        key: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }));
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given.');
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}".`);
  if (values.out === '') throw new UsageError('--out needs a file name.');
  const out = values.out ?? null;

  if (values.key && command !== 'worksheet') throw new UsageError('--key is an option of worksheet.');
  if (command === 'worksheet') {
    if (values.format !== undefined) throw new UsageError('--format is not an option of worksheet; it always writes HTML.');
    if (!rest.length) throw new UsageError('worksheet needs a case folder or one or more text files.');
    return { kind: 'worksheet', inputs: rest, key: Boolean(values.key), out };
  }
  if (command === 'check') {
    const format = values.format ?? 'text';
    if (!CHECK_FORMATS.includes(format as CheckFormat)) throw new UserError(`unknown --format "${format}" for check; use text or json.`);
    if (rest.length < 2) throw new UsageError('check needs a case and a claim in quotes: parallax check <case> "claim".');
    return { kind: 'check', inputs: rest.slice(0, -1), claim: rest[rest.length - 1], format: format as CheckFormat, out };
  }
  if (command === 'voices') {
    if (values.format !== undefined) throw new UsageError('--format is not an option of voices; it writes a case folder.');
    if (rest.length !== 1) throw new UsageError(rest.length ? 'voices takes exactly one article.' : 'voices needs an article (a text file).');
    return { kind: 'voices', input: rest[0], out };
  }
  if (command === 'pairs') {
    if (values.format !== undefined) throw new UsageError('--format is an option of analyze; pairs always writes JSON lines.');
    if (rest.length !== 1) throw new UsageError(rest.length ? 'pairs takes exactly one FILE.jsonl.' : 'pairs needs a FILE.jsonl.');
    return { kind: 'pairs', input: rest[0], out };
  }

  const format = values.format ?? 'json';
  if (!FORMATS.includes(format as Format)) throw new UserError(`unknown --format "${format}"; use json, md, html, csv or reasons-csv.`);
  if (!rest.length) throw new UsageError('analyze needs a case folder or one or more text files.');
  return { kind: 'analyze', inputs: rest, format: format as Format, out };
}

function describeParseError(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '?';
  const option = quoted.replace(/ <value>$/, '').replace(/^-\w, /, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option "${quoted}".`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(error.message) ? `option "${option}" takes no value.` : `option "${option}" needs a value.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted}".`;
    default:
      return error.message;
  }
}
