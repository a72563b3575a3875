// Turns the command line's inputs (a case folder, or plain text files) into the engine's CaseInput.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CaseInput, SourceInput } from '../engine/types';
import type { Edit } from '../engine/edits/types';
import { CASE_FILE_EXTENSION, MAX_CASE_FILE_BYTES, parseCaseFile } from '../shared/case-file';
import { caseFileSchema } from './case-schema';
import { UserError } from './errors';
import { readSourceText, readTextFile } from './read-text';



/** The inputs plus the user's corrections, when the input is a case saved by the app. */
export function loadCase(paths: string[]): { input: CaseInput; edits: Edit[] } {
  if (paths.length === 1 && paths[0].endsWith(CASE_FILE_EXTENSION) && !isDirectory(paths[0])) return loadCaseFile(paths[0]);
  for (const p of paths) if (p.endsWith(CASE_FILE_EXTENSION)) throw new UserError(`${p} is a saved case; give it on its own, not with other files.`);
  return { input: loadInputs(paths), edits: [] };
}

/** A `.parallax.json` case saved by the app: its sources' texts and the corrections made in it. */
export function loadCaseFile(path: string): { input: CaseInput; edits: Edit[] } {
  const parsed = parseCaseFile(readTextFile(path, MAX_CASE_FILE_BYTES, 'a case file'), path);
  if (!parsed.ok) throw new UserError(parsed.message);
  const { document } = parsed;
  const sources = document.sources.filter((s) => s.text.trim());
  if (!sources.length) throw new UserError(`${path} has no source with text to analyse.`);
  return {
    input: { title: document.title, sources: sources.map(({ id, name, kind, text }) => (kind ? { id, name, kind, text } : { id, name, text })) },
    edits: document.edits,
  };
}

export function loadInputs(paths: string[]): CaseInput {
  if (!paths.length) throw new UserError('nothing to analyse: give a case folder or one or more text files.');
  if (paths.length === 1 && isDirectory(paths[0])) return loadCaseFolder(paths[0]);
  for (const p of paths) if (isDirectory(p)) throw new UserError(`${p} is a folder; give either one case folder or text files, not both.`);
  const sources = paths.map((p, i) => sourceFromFile(p, i));
  // Two files with the same name in different folders still need distinct source ids.
  const taken = new Set<string>();
  for (const source of sources) {
    let id = source.id;
    for (let n = 2; taken.has(id); n++) id = `${source.id}-${n}`;
    taken.add(id);
    source.id = id;
  }
  return { title: sources.map((s) => s.name).join(' / '), sources };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function loadCaseFolder(folder: string): CaseInput {
  const casePath = join(folder, 'case.json');
  if (!existsSync(casePath)) throw new UserError(`${folder} has no case.json; a case folder lists its sources in case.json.`);
  let json: string;
  try {
    json = readFileSync(casePath, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${casePath} (${(error as Error).message}).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${casePath} is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = caseFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${casePath} is malformed: ${issue.path.join('.') || 'the file'}: ${issue.message}.`);
  }
  const ids = new Set<string>();
  const sources: SourceInput[] = parsed.data.sources.map((s) => {
    if (ids.has(s.id)) throw new UserError(`${casePath} lists the source id "${s.id}" twice.`);
    ids.add(s.id);
    const file = resolve(folder, s.file);
    if (dirname(file) !== resolve(folder) && !file.startsWith(resolve(folder) + '/')) throw new UserError(`${casePath}: source file ${s.file} is outside the case folder.`);
    const source: SourceInput = { id: s.id, name: s.name, text: readSourceText(file) };
    if (s.kind) source.kind = s.kind;
    return source;
  });
  return { title: parsed.data.title, sources };
}

function sourceFromFile(path: string, index: number): SourceInput {
  const text = readSourceText(path);
  const headline = /^\s*#\s+(.+)$/m.exec(text.split('\n', 1)[0] ?? '')?.[1]?.trim();
  const stem = basename(path, extname(path));
  const id = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `source-${index + 1}`;
  return { id: `${id}`, name: headline ?? stem, text };
}
