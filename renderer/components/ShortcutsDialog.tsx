import { Dialog } from './Dialog';

export const SHORTCUTS: [string, string][] = [
  ['j / k', 'Next / previous point'],
  ['n', 'Next contested point'],
  ['Enter', 'Open the details of the point'],
  ['Esc', 'Close the details or a dialog'],
  ['1 – 9', 'Go to column 1 to 9'],
  ['m', 'Switch between columns and the matrix'],
  ['f', 'Switch between columns and the framing panel'],
  ['l / h / r / s', 'Lens: loaded words / hedges & boosters / reporting verbs / speakers (on or off)'],
  ['?', 'This list'],
  ['Ctrl/⌘ + S', 'Save the case'],
  ['Ctrl/⌘ + O', 'Open a case'],
  ['Ctrl/⌘ + Z', 'Undo the last correction'],
  ['Ctrl/⌘ + Shift + Z, Ctrl + Y', 'Redo a correction'],
  ['← / →', 'One point at a time (Present, then One point): previous / next point'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Tab moves through every control; each claim can be reached with Tab and opened with Enter.</p>
    </Dialog>
  );
}
