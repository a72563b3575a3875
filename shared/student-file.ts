// `.parallax-student.json`: a student's own reading of a case in "students first" mode, saved
// apart from the case so a teacher can open it next to the case and compare. It names the case
// by title and a hash of its sources' texts, and each claim by source id and words (engine/edits).
import { z } from 'zod';
import type { ClaimRef } from '../engine/edits/types';
import type { PointStatus } from '../engine/types';
import { MAX_SOURCE_CHARS } from './case-file';

export const STUDENT_FILE_FORMAT = 'parallax-student';
export const STUDENT_FILE_VERSION = 1;
export const STUDENT_FILE_EXTENSION = '.parallax-student.json';

export interface StudentLabel {
  claim: ClaimRef;
  label: PointStatus;
}

/** The student says these two claims are about the same thing. */
export interface StudentLink {
  a: ClaimRef;
  b: ClaimRef;
}

export interface StudentWork {
  format: typeof STUDENT_FILE_FORMAT;
  version: typeof STUDENT_FILE_VERSION;
  /** The student's name as they typed it; may be empty. */
  student: string;
  case: { title: string; sourcesHash: string };
  labels: StudentLabel[];
  links: StudentLink[];
}

const claimRef = z
  .object({ source: z.string().regex(/^[A-Za-z0-9][\w.-]{0,63}$/), text: z.string().min(1).max(MAX_SOURCE_CHARS), at: z.number().int().min(0) })
  .strict();

export const studentWorkSchema = z
  .object({
    format: z.literal(STUDENT_FILE_FORMAT),
    version: z.literal(STUDENT_FILE_VERSION),
    student: z.string().max(200),
    case: z.object({ title: z.string().max(300), sourcesHash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in hex') }).strict(),
    labels: z.array(z.object({ claim: claimRef, label: z.enum(['agreed', 'contested', 'unique']) }).strict()).max(20_000),
    links: z.array(z.object({ a: claimRef, b: claimRef }).strict()).max(20_000),
  })
  .strict() satisfies z.ZodType<StudentWork>;

export type StudentParseResult = { ok: true; work: StudentWork } | { ok: false; message: string };

export function parseStudentFile(text: string, fileName = 'This file'): StudentParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `${fileName} is not a student's work: it is not valid JSON (it may be damaged or cut short).` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== STUDENT_FILE_FORMAT) {
    const isCase = (raw as { format?: unknown } | null)?.format === 'parallax-case';
    return { ok: false, message: isCase ? `${fileName} is a case, not a student's work; open it with Open….` : `${fileName} is not a student's work saved by Parallax.` };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > STUDENT_FILE_VERSION) {
    return { ok: false, message: `${fileName} was saved by a newer Parallax (student format ${version}). Update Parallax to open it.` };
  }
  const parsed = studentWorkSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${fileName} is damaged: ${issue.path.length ? issue.path.join('.') : 'the file'}: ${issue.message}.` };
  }
  return { ok: true, work: parsed.data };
}

export function serializeStudentWork(work: StudentWork): string {
  return JSON.stringify(studentWorkSchema.parse(work), null, 2) + '\n';
}

/** SHA-256 (Web Crypto, in browsers, Electron and Node alike) of the sources' ids and texts in case order. */
export async function hashSources(sources: readonly { id: string; text: string }[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(sources.map((s) => [s.id, s.text])));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
