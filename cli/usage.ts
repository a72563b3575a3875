// The help text and version of `parallax`.
import { readFileSync } from 'node:fs';

export const USAGE = `Usage:
  parallax analyze <case-folder | file...> [--format json|md] [--out FILE]
  parallax pairs FILE.jsonl [--out FILE]
  parallax --help | --version

Commands:
  analyze   Compare how several sources frame one story. Give a case folder (with a
            case.json listing its sources) or two or more text/Markdown files.
            Prints the parallax/analysis@1 JSON, or a Markdown report with --format md.
  pairs     Compare pairs of texts. Each line of FILE.jsonl is {"a": "...", "b": "..."};
            each output line is {"relation", "score", "reasons"}, with relation
            agree, contest or unrelated.

Options:
  -f, --format json|md   Output format of analyze (default: json).
  -o, --out FILE         Write the result to FILE instead of standard output.
  -h, --help             Show this help.
  -v, --version          Show the version.

Exit codes: 0 success, 1 internal error, 2 bad input or usage.
`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
