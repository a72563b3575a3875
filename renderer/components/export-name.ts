import { safeFileName } from '../../shared/file-names';

/** A file name from the case title, safe on every platform. */
export function safeExportName(title: string): string {
  return safeFileName(title).slice(0, 100);
}
