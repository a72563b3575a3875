// The exports' one stylesheet, inlined into each HTML file: a report must open anywhere, offline,
// and print well. Okabe-Ito colours as in the app, and never colour alone (signs and words too).
export const REPORT_CSS = `
:root { --text: #1a1a1a; --muted: #545454; --border: #bdbdb5; --surface: #f5f5f2;
  --agreed: #0072b2; --agreed-tint: #e4f0f8; --contested: #d55e00; --contested-tint: #fbeadf; --unique: #cc79a7; --unique-tint: #f8ebf2; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem; color: var(--text); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 0.3rem; line-height: 1.25; }
h2 { font-size: 1.25em; margin: 1.8rem 0 0.6rem; border-bottom: 2px solid var(--text); padding-bottom: 0.2rem; }
h3 { font-size: 1.05em; margin: 0 0 0.5rem; }
h4 { font-size: 0.95em; margin: 0.8rem 0 0.3rem; }
.lead { color: var(--muted); margin: 0 0 0.3rem; }
.made-by { color: var(--muted); font-size: 0.85em; margin: 0; }
.sources-list { padding-left: 1.2rem; }
.sources-list li { margin-bottom: 0.3rem; }
.headline { font-family: Georgia, 'Times New Roman', serif; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { border-bottom: 1px solid var(--border); padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: var(--surface); }
.matrix tbody th { font-weight: 400; }
.naming-heading { margin-top: 1.2rem; }
td.num, th.num { text-align: right; white-space: nowrap; }
.stance { white-space: nowrap; }
.stance--agrees { background: var(--agreed-tint); }
.stance--contests { background: var(--contested-tint); font-weight: 600; }
.stance--only { background: var(--unique-tint); }
.stance--silent { color: var(--muted); }
.chip { display: inline-block; padding: 0 0.5rem; border: 2px solid; border-radius: 999px; font-size: 0.85em; font-weight: 600; white-space: nowrap; }
.chip--agreed { border-color: var(--agreed); background: var(--agreed-tint); }
.chip--contested { border-color: var(--contested); background: var(--contested-tint); }
.chip--unique { border-color: var(--unique); background: var(--unique-tint); }
.point { border: 1px solid var(--border); border-left-width: 6px; border-radius: 6px; padding: 0.7rem 0.9rem; margin: 0 0 0.9rem; }
.point--agreed { border-left-color: var(--agreed); }
.point--contested { border-left-color: var(--contested); }
.point--unique { border-left-color: var(--unique); border-left-style: dotted; }
.point h3 { display: flex; gap: 0.6rem; align-items: baseline; flex-wrap: wrap; }
.says { margin: 0 0 0.5rem; }
.says .who { font-weight: 600; margin: 0; font-size: 0.92em; }
.says .who span { font-weight: 400; color: var(--muted); }
blockquote { margin: 0.1rem 0 0 0.9rem; font-family: Georgia, 'Times New Roman', serif; }
mark.cue { background: none; color: inherit; font-weight: 700; text-decoration: underline 2px; text-underline-offset: 0.2em; }
.silent { color: var(--muted); font-style: italic; margin: 0.3rem 0; }
.reasons { margin: 0; padding-left: 1.2rem; }
.reason--contest { list-style: '≠  '; }
.reason--agree { list-style: '=  '; }
.reason-sources { list-style: disc; padding-left: 1rem; margin: 0.2rem 0; }
.reason-group summary { color: var(--muted); }
.reason-shared { list-style: none; margin-left: -1rem; font-style: italic; }
.reason-pairs { padding-left: 1.1rem; }
@media print { .reason-group details { display: none; } }
.diff { font-family: Georgia, 'Times New Roman', serif; margin: 0.2rem 0 0.5rem; }
.diff-legend { font-size: 0.82em; color: var(--muted); margin: 0; }
del { text-decoration: line-through 2px; background: var(--contested-tint); color: inherit; }
ins { text-decoration: underline 2px; background: var(--agreed-tint); color: inherit; }
.frames { margin: 0; padding-left: 1.2rem; }
.note { color: var(--muted); font-size: 0.9em; }
/* Worksheet */
.instructions { border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem 0.8rem; background: var(--surface); }
.sheet-claims td.text { font-family: Georgia, 'Times New Roman', serif; }
.boxes { white-space: nowrap; font-size: 0.85em; }
.box { display: inline-block; width: 0.95em; height: 0.95em; border: 1.5px solid var(--text); vertical-align: -0.12em; margin: 0 0.2em 0 0.5em; }
.questions li { margin-bottom: 1rem; }
.page-break { margin-top: 2.5rem; }
.answer-lines { border-bottom: 1px solid var(--border); height: 2.2em; }
@page { margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .page-break, .report-section { break-before: page; margin-top: 0; }
  .point, tr, .says, .questions li { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
}
`;
