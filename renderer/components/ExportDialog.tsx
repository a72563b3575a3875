// "Export…": every format the reports layer writes (report/), grouped by who it is for.
import type { ExportKind } from '../export/exports';
import { Dialog } from './Dialog';

const CHOICES: { kind: ExportKind; title: string; detail: string }[] = [
  { kind: 'html', title: 'Report (HTML)', detail: 'One file that opens in any browser, offline: the matrix, every point with its reasons and a word-by-word comparison, and how each source frames the story.' },
  { kind: 'pdf', title: 'Report (PDF)', detail: 'The same report, laid out for printing, one section per page.' },
  { kind: 'worksheet', title: 'Worksheet for students (HTML)', detail: 'Each source with numbered claims and a box to tick per claim, plus discussion questions from the contested points.' },
  { kind: 'worksheet-key', title: 'Worksheet with answer key (HTML)', detail: 'The worksheet followed, on separate pages, by every claim’s status and links.' },
  { kind: 'markdown', title: 'Report (Markdown)', detail: 'Every point with what each source says and why, as plain text.' },
  { kind: 'csv', title: 'Matrix (CSV)', detail: 'Points by sources (agrees, contests, silent) for a spreadsheet.' },
  { kind: 'reasons-csv', title: 'Reasons (CSV)', detail: 'Every reason of every point, one pair of claims per row: its kind, both sources and claims, the cue words and the explanation.' },
  { kind: 'json', title: 'Analysis data (JSON)', detail: 'The engine’s full output (parallax/analysis@1), with your corrections applied, for your own tools.' },
];

export function ExportDialog({ onClose, onExport, ready }: { onClose: () => void; onExport: (kind: ExportKind) => void; ready: boolean }) {
  return (
    <Dialog title="Export" onClose={onClose}>
      {!ready && <p className="hint">The analysis is not ready yet; try again in a moment.</p>}
      <div className="export-choices">
        {CHOICES.map((choice) => (
          <button key={choice.kind} type="button" disabled={!ready} onClick={() => onExport(choice.kind)}>
            <strong>{choice.title}</strong>
            <span>{choice.detail}</span>
          </button>
        ))}
      </div>
    </Dialog>
  );
}
