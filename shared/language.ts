// Which language a source is written in, so a user comparing French or Russian articles is told
// that the analysis (English lexicons, an English language model) is tuned for English. A notice,
// never a refusal: names, numbers and dates still line up across languages.
import { francAll } from 'franc-min';

/** Below this many letters franc guesses wildly ("Short English text." comes out as Uzbek); from here on,
 * with the ENGLISH_CLOSE margin, none of 384 passages of the English test cases was misjudged. */
const MIN_LETTERS = 120;
/** Enough text for a stable guess; detection time stays flat on long sources. */
const SAMPLE_CHARS = 20_000;
/** Say nothing when English scores this close to the winner: a quote in another language, a close call. */
const ENGLISH_CLOSE = 0.9;

/** The ISO 639-3 code of the language `text` is written in when that is confidently not English; else null. */
export function nonEnglishLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const ranked = francAll(sample, { minLength: MIN_LETTERS });
  const [top] = ranked;
  if (!top || top[0] === 'und' || top[0] === 'eng') return null;
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  return english >= ENGLISH_CLOSE ? null : top[0];
}

/** "French", or a plain phrase when the runtime has no name for the code. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // An unknown code: fall through.
  }
  return 'a language other than English';
}

/**
 * One sentence for the sources that look non-English, or null when all look English:
 * "Le Monde looks like French: Parallax's analysis is tuned for English, so ...".
 */
export function languageNotice(sources: { name: string; text: string }[]): string | null {
  const foreign = sources.flatMap((source) => {
    const code = nonEnglishLanguage(source.text);
    return code ? [`${source.name} looks like ${languageName(code)}`] : [];
  });
  if (!foreign.length) return null;
  const list = foreign.length === 1 ? foreign[0] : `${foreign.slice(0, -1).join(', ')} and ${foreign[foreign.length - 1]}`;
  return `${list}: Parallax's analysis is tuned for English, so claims in ${foreign.length === 1 ? 'it' : 'them'} may be split or matched less well.`;
}
