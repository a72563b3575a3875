// The `.parallax.json` case file: what the app saves and opens, in Electron and in the browser.
// Validation lives here so main (on open) and the renderer (browser host, drag and drop) agree.
// No Node or DOM imports: main, the renderer and tests may all use it.
import { z } from 'zod';

export const CASE_FILE_FORMAT = 'parallax-case';
/** Bump when a saved file would be misread by an older app; older files must stay readable. */
export const CASE_FILE_VERSION = 1;
export const CASE_FILE_EXTENSION = '.parallax.json';

export const MAX_SOURCES = 10;
export const MIN_SOURCES_TO_COMPARE = 2;
/** Two million characters: far above any news story, low enough to keep the UI responsive. */
export const MAX_SOURCE_CHARS = 2_000_000;

export const sourceDocumentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'a source id is letters, digits, dots, dashes or underscores'),
  name: z.string().min(1).max(200),
  kind: z.string().max(60).optional(),
  text: z.string().max(MAX_SOURCE_CHARS),
  /** Where the text came from (file name, pasted), for the reader's benefit only. */
  origin: z.string().max(500).optional(),
});

export const caseDocumentSchema = z.object({
  format: z.literal(CASE_FILE_FORMAT),
  version: z.literal(CASE_FILE_VERSION),
  title: z.string().max(300),
  description: z.string().max(5000).optional(),
  sources: z.array(sourceDocumentSchema).max(MAX_SOURCES),
  /** Reserved for the user's later edits (notes, overrides); kept as-is on open and save. */
  edits: z.record(z.string(), z.unknown()).default({}),
});

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export type CaseParseResult = { ok: true; document: CaseDocument } | { ok: false; message: string };

export function emptyCase(title = 'Untitled case'): CaseDocument {
  return { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, title, sources: [], edits: {} };
}

/** Parses a case file's text; every failure becomes one sentence a user can act on. */
export function parseCaseFile(text: string, fileName = 'This file'): CaseParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `${fileName} is not a Parallax case: it is not valid JSON (it may be damaged or cut short).` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== CASE_FILE_FORMAT) {
    return { ok: false, message: `${fileName} is not a Parallax case file (it has no "format": "${CASE_FILE_FORMAT}").` };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > CASE_FILE_VERSION) {
    return {
      ok: false,
      message: `${fileName} was saved by a newer Parallax (case format ${version}); this version reads format ${CASE_FILE_VERSION}. Update Parallax to open it.`,
    };
  }
  const parsed = caseDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    return { ok: false, message: `${fileName} is damaged: ${where}: ${issue.message}.` };
  }
  const ids = new Set<string>();
  for (const source of parsed.data.sources) {
    if (ids.has(source.id)) return { ok: false, message: `${fileName} is damaged: the source id "${source.id}" appears twice.` };
    ids.add(source.id);
  }
  return { ok: true, document: parsed.data };
}

/** Stable, readable JSON: the same case always gives the same bytes. */
export function serializeCase(document: CaseDocument): string {
  return JSON.stringify(caseDocumentSchema.parse(document), null, 2) + '\n';
}
