// Frame words of a claim: each content lemma found in the frame lexicon places the claim in that
// dimension. Hyphenated compounds ("ill-treatment", "no-confidence") are looked up whole first.
import type { Token } from '../nlp';
import type { FrameDimension, FrameHit } from '../types';
import { FRAME_LEMMAS, NOUN_ONLY_FRAME_LEMMAS } from '../lexicons/framing/frames';
import type { CueContext } from './context';

const FRAME_OF = new Map<string, FrameDimension>();
for (const [frame, lemmas] of Object.entries(FRAME_LEMMAS) as [FrameDimension, string[]][]) {
  for (const lemma of lemmas) FRAME_OF.set(lemma, frame);
}
/** Capitalised words that are titles or institutions still count ("Interior Minister", "the Senate"); other names do not. */
const INSTITUTIONS = new Set(['minister', 'president', 'premier', 'senate', 'parliament', 'court', 'government', 'police', 'army', 'ambassador', 'embassy', 'senator', 'judge', 'prosecutor']);

export function frameOf(lemma: string): FrameDimension | null {
  return FRAME_OF.get(lemma) ?? null;
}

export function findFrameHits(tokens: Token[], context: CueContext): FrameHit[] {
  const hits: FrameHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || context.skips(t.start) || context.isIdiom(t.start)) continue;
    const hyphen = tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end && tokens[i + 2]?.start === tokens[i + 1].end ? tokens[i + 2] : null;
    if (hyphen) {
      const compound = `${t.lower}-${hyphen.lemma}`;
      const frame = FRAME_OF.get(compound);
      if (frame) {
        hits.push(hit(t.start, hyphen.end, compound, frame, context));
        i += 2;
        continue;
      }
    }
    if (t.pos === 'PROPN' && !INSTITUTIONS.has(t.lower)) continue;
    // The lemma's frame, else the written form's: one lookup for most words.
    let lemma = t.lemma;
    let frame = FRAME_OF.get(lemma);
    if (frame === undefined) frame = FRAME_OF.get((lemma = t.lower));
    if (!frame || (NOUN_ONLY_FRAME_LEMMAS.has(lemma) && t.pos !== 'NOUN')) continue;
    hits.push(hit(t.start, t.end, lemma, frame, context));
  }
  return hits;
}

function hit(start: number, end: number, lemma: string, frame: FrameDimension, context: CueContext): FrameHit {
  return { start, end, text: context.text.slice(start, end), frame, lemma, quoted: context.isQuoted(start) };
}
