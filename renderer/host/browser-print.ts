// Exports in the browser: the right type for each downloaded file, and "PDF" as the report
// opened in a tab of its own with the print dialog, where the user chooses "Save as PDF".
// The report carries its styles inline; the app's CSP admits exactly that stylesheet by its hash
// (renderer/index.html), since a tab opened from a blob: URL inherits the app's policy.

const TYPES: Record<string, string> = { json: 'application/json', md: 'text/markdown', html: 'text/html', csv: 'text/csv' };

export function exportMimeType(fileName: string): string {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return `${TYPES[extension] ?? 'text/plain'};charset=utf-8`;
}

export function openForPrinting(html: string): { status: 'printing' } | { status: 'failed'; message: string } {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const tab = window.open(url, '_blank');
  if (!tab) {
    URL.revokeObjectURL(url);
    return { status: 'failed', message: 'The browser blocked the report’s tab. Allow pop-ups for Parallax, or export the HTML report and print it.' };
  }
  // The report has no script of its own: the app, same origin as the blob, opens the print dialog.
  tab.addEventListener('load', () => tab.print(), { once: true });
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'printing' };
}
