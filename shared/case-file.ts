// The `.parallax.json` case file: what the app saves and opens, in Electron and in the browser.
// Validation lives here so main (on open) and the renderer (browser host, drag and drop) agree.
// No Node or DOM imports: main, the renderer and tests may all use it.
import { z } from 'zod';
import type { Edit } from '../engine/edits/types';

export const CASE_FILE_FORMAT = 'parallax-case';
/**
 * Bump when a saved file would be misread by an older app; older files must stay readable.
 * 1: `edits` was a reserved, always-empty object. 2: `edits` is the list of the user's corrections.
 */
export const CASE_FILE_VERSION = 2;
export const CASE_FILE_EXTENSION = '.parallax.json';

/** A case of more sources is refused (the app, the CLI, case files); the benchmark's large case is 20 x 10,000 words. */
export const MAX_SOURCES = 50;
export const MIN_SOURCES_TO_COMPARE = 2;
/** A case file holds up to MAX_SOURCES texts of about two million characters each, plus the user's edits. */
export const MAX_CASE_FILE_BYTES = 128 * 1024 * 1024;
/** Two million characters: far above any news story, low enough to keep the UI responsive. */
export const MAX_SOURCE_CHARS = 2_000_000;

const sourceIdSchema = z.string().regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'a source id is letters, digits, dots, dashes or underscores');

export const sourceDocumentSchema = z.object({
  id: sourceIdSchema,
  name: z.string().min(1).max(200),
  kind: z.string().max(60).optional(),
  text: z.string().max(MAX_SOURCE_CHARS),
  /** Where the text came from (file name, pasted), for the reader's benefit only. */
  origin: z.string().max(500).optional(),
});

/** Far above what a class corrects by hand; keeps a damaged file from making the app crawl. */
export const MAX_EDITS = 5000;

const claimRefSchema = z
  .object({ source: sourceIdSchema, text: z.string().min(1).max(MAX_SOURCE_CHARS), at: z.number().int().min(0) })
  .strict();
const statusSchema = z.enum(['agreed', 'contested', 'unique']);
const editId = z.string().regex(/^[\w.-]{1,40}$/, 'an edit id is letters, digits, dots, dashes or underscores');

export const editSchema = z.discriminatedUnion('op', [
  z.object({ id: editId, op: z.literal('relabel'), claim: claimRefSchema, status: statusSchema }).strict(),
  z.object({ id: editId, op: z.literal('link'), claim: claimRefSchema, to: claimRefSchema }).strict(),
  z.object({ id: editId, op: z.literal('unlink'), claim: claimRefSchema }).strict(),
  z.object({ id: editId, op: z.literal('merge'), claim: claimRefSchema, other: claimRefSchema }).strict(),
  z.object({ id: editId, op: z.literal('split'), claims: z.array(claimRefSchema).min(1).max(MAX_SOURCES * 50) }).strict(),
  z.object({ id: editId, op: z.literal('note'), target: z.enum(['point', 'claim']), claim: claimRefSchema, text: z.string().max(10_000) }).strict(),
]) satisfies z.ZodType<Edit>;

export const caseDocumentSchema = z.object({
  format: z.literal(CASE_FILE_FORMAT),
  version: z.literal(CASE_FILE_VERSION),
  title: z.string().max(300),
  description: z.string().max(5000).optional(),
  sources: z.array(sourceDocumentSchema).max(MAX_SOURCES),
  /** The user's corrections and notes, applied in order over each new analysis (engine/edits). */
  edits: z.array(editSchema).max(MAX_EDITS).default([]),
});

/**
 * Older files brought up to this version before validation. Version 1 only ever wrote an empty
 * `edits` object (the field was reserved), so it becomes an empty list.
 */
export function upgradeCase(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const old = raw as { version?: unknown; edits?: unknown };
  if (old.version === 1) return { ...old, version: 2, edits: [] };
  return raw;
}

/** A case as stored anywhere (file, autosave) by this or an older version. */
export const storedCaseSchema = z.preprocess(upgradeCase, caseDocumentSchema);

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export type CaseParseResult = { ok: true; document: CaseDocument } | { ok: false; message: string };

export function emptyCase(title = 'Untitled case'): CaseDocument {
  return { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, title, sources: [], edits: [] };
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
  const parsed = storedCaseSchema.safeParse(raw);
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
  const editIds = new Set<string>();
  for (const edit of parsed.data.edits) {
    if (editIds.has(edit.id)) return { ok: false, message: `${fileName} is damaged: the edit id "${edit.id}" appears twice.` };
    editIds.add(edit.id);
  }
  return { ok: true, document: parsed.data };
}

/** Stable, readable JSON: the same case always gives the same bytes. */
export function serializeCase(document: CaseDocument): string {
  return JSON.stringify(caseDocumentSchema.parse(document), null, 2) + '\n';
}
