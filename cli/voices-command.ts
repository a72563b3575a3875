// `parallax voices ARTICLE`: splits one news report into the voices it quotes and writes them as
// a proposed case folder (case.json and one text file per voice), each file made only of the
// article's own sentences, so the teacher can check every line against the report.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { VoiceSplit } from '../engine/types';
import { UserError } from './errors';
import { writeAtomically } from './output';
import { readSourceText } from './read-text';

/** Writes the case folder and returns the lines to print. */
export async function writeVoices(input: string, out: string | null): Promise<string> {
  const article = readSourceText(input);
  // The engine (and its language model) loads only once the article is known to be readable text.
  const { splitVoices } = await import('../engine/index');
  const split = splitVoices(article);
  if (!split.voices.length) throw new UserError(`${input} quotes no one: found no quotation or "X said" to split into voices.`);
  const stem = basename(input, extname(input));
  const folder = resolve(out ?? `${stem}-voices`);
  prepareFolder(folder);
  const files = uniqueFiles(split);
  split.voices.forEach((voice, i) => writeAtomically(join(folder, files[i]), `${voice.spans.map((s) => s.text).join('\n\n')}\n`));
  writeAtomically(join(folder, 'case.json'), `${JSON.stringify(caseManifest(split, stem, basename(input), files), null, 2)}\n`);
  const lines = split.voices.map((v, i) => `  ${files[i]}: ${v.name} (${v.role}, ${v.spans.length} statement${v.spans.length === 1 ? '' : 's'})`);
  return `Wrote ${split.voices.length} voices to ${folder}:\n${lines.join('\n')}\n${split.narration.length} sentences in the report's own voice were left out.\n`;
}

function prepareFolder(folder: string): void {
  if (existsSync(folder)) {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      throw new UserError(`${folder} exists and is not a folder; choose another --out.`);
    }
    if (entries.length) throw new UserError(`${folder} is not empty; choose another --out so nothing is overwritten.`);
    return;
  }
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create ${folder}: ${(error as Error).message}.`);
  }
}

function uniqueFiles(split: VoiceSplit): string[] {
  const used = new Set<string>();
  return split.voices.map((voice) => {
    let name = voice.id;
    for (let n = 2; used.has(name); n++) name = `${voice.id}-${n}`;
    used.add(name);
    return `${name}.txt`;
  });
}

function caseManifest(split: VoiceSplit, stem: string, file: string, files: string[]) {
  return {
    schema: 'parallax/case@1',
    title: `Voices of ${stem}`,
    description: `The statements ${file} attributes to each speaker, proposed as sources by parallax voices. Check every assignment before teaching with it.`,
    provenance: `Every source is made of exact sentences and quotations of ${file}, grouped by who the report says spoke them.`,
    language: 'en',
    sources: split.voices.map((voice, i) => ({ id: files[i].replace(/\.txt$/, ''), name: voice.name, kind: voice.role, file: files[i] })),
  };
}
