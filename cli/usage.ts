// The help text and version of `parallax`.
import { readFileSync } from 'node:fs';

export const USAGE = `Usage:
  parallax analyze <case-folder | case.parallax.json | file...> [--format json|md|html|csv|reasons-csv] [--out FILE]
  parallax worksheet <case> [--key] [--out FILE]
  parallax check <case> "claim" [--format text|json] [--out FILE]
  parallax pairs FILE.jsonl [--out FILE]
  parallax voices ARTICLE.txt [--out FOLDER]
  parallax --help | --version

Commands:
  analyze   Compare how several sources frame one story. Give a case folder (with a
            case.json listing its sources), a case saved by the app (.parallax.json,
            whose corrections are applied), or two or more text/Markdown files.
            Prints the parallax/analysis@1 JSON; --format md a Markdown report, html a
            self-contained report to open or print, csv the points-by-source matrix,
            reasons-csv every reason of every point (one pair of claims a row).
  worksheet Writes a printable HTML worksheet: every source's claims numbered with a
            status box each, and discussion questions from the contested points.
            --key adds the answer key on its own pages.
  check     Where does each source stand on one claim? Prints supports, contests or
            silent per source, with the deciding sentence and the reason.
  pairs     Compare pairs of texts. Each line of FILE.jsonl is {"a": "...", "b": "..."};
            each output line is {"relation", "score", "reasons"}, with relation
            agree, contest or unrelated.
  voices    Split one news report into the voices it quotes: every quotation and
            attributed statement goes to its speaker's organisation or country.
            Writes a proposed case folder (case.json and one .txt per voice, made of
            the report's exact sentences) to FOLDER, or to ARTICLE-voices.

Options:
  -f, --format FORMAT    analyze: json (default), md, html, csv or reasons-csv; check: text (default) or json.
      --key              worksheet: add the answer key.
  -o, --out FILE         Write the result to FILE instead of standard output (voices: the folder).
  -h, --help             Show this help.
  -v, --version          Show the version.

Exit codes: 0 success, 1 internal error, 2 bad input or usage.
`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
