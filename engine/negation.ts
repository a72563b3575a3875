// Which words of a claim are asserted as not so. A negator covers the verb group and the
// predicate after it, up to the next clause break; verbs like "refuse to" negate the verb they
// govern; a denial frame ("X denies that ...") negates the whole reported content.
import type { Token } from './nlp';
import { NEGATING_VERBS, NEGATORS } from './lexicons/polarity';

export interface NegationScope {
  /** Token starts (offsets) of the words that are negated. */
  negated: ReadonlySet<number>;
  /** The negating words themselves, for cue spans. */
  cues: Token[];
}

/** Shared by every claim with nothing negated; read-only, so no claim can add to another's. */
const NOTHING_NEGATED: ReadonlySet<number> = new Set();
const REACH_THROUGH = new Set(['for', 'of', 'to']);
const SCOPE_BREAKS = new Set([',', ';', ':', 'because', 'but', 'while', 'whereas', 'although', 'though', 'if', 'when', 'where', 'which', 'who', 'after', 'before', 'since']);

export function negationScope(content: Token[], contentIsDenied: boolean): NegationScope {
  // Made on the first negator: most claims have none, and this runs for every claim.
  let flips: Map<number, number> | null = null;
  const cues: Token[] = [];
  for (let i = 0; i < content.length; i++) {
    const t = content[i];
    // "Without the release, the damage would have been worse" sets a condition; it negates nothing.
    const isConditional = t.lower === 'without' && i === 0;
    const isNegator = NEGATORS.has(t.lower) && !isNotOnly(content, i) && !isConditional && !isBoosterIdiom(content, i);
    const isNegatingVerb = t.pos === 'VERB' && NEGATING_VERBS.has(t.lemma) && content[i + 1]?.lower === 'to';
    if (!isNegator && !isNegatingVerb) continue;
    cues.push(t);
    const clausal = isNegativeAdverbial(content, i);
    flips ??= new Map();
    for (let j = i + 1; j < content.length && !SCOPE_BREAKS.has(content[j].lower); j++) {
      flips.set(content[j].start, (flips.get(content[j].start) ?? 0) + 1);
      // "no weapons" negates the noun; "no need for a recount", "no evidence of fraud" reach through to what follows.
      if (t.lower === 'no' && !clausal && (content[j].pos === 'NOUN' || content[j].pos === 'PROPN') && content[j + 1]?.pos !== 'NOUN' && !REACH_THROUGH.has(content[j + 1]?.lower ?? '')) break;
    }
  }
  // Most claims have no negator and no denial frame: nothing is negated.
  if ((flips === null || flips.size === 0) && !contentIsDenied) return { negated: NOTHING_NEGATED, cues };
  const negated = new Set<number>();
  for (let i = 0; i < content.length; i++) {
    const start = content[i].start;
    const count = (flips?.get(start) ?? 0) + (contentIsDenied ? 1 : 0);
    if (count % 2 === 1) negated.add(start);
  }
  return { negated, cues };
}

const ADVERBIAL_NOUNS = new Set(['point', 'time', 'stage', 'moment', 'way', 'case', 'account', 'circumstance', 'circumstances', 'means', 'occasion']);

/** "At no point did we receive ...", "under no circumstances will": a fronted "no" phrase negates the whole clause. */
function isNegativeAdverbial(tokens: Token[], i: number): boolean {
  return tokens[i].lower === 'no' && tokens[i - 1]?.pos === 'ADP' && ADVERBIAL_NOUNS.has(tokens[i + 1]?.lower ?? '');
}

/** "leaves no doubt that", "without question": emphasis, not negation. */
function isBoosterIdiom(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  return (tokens[i].lower === 'no' || tokens[i].lower === 'without') && (next === 'doubt' || next === 'question');
}

/** "not only ... but also" adds, it does not negate. */
function isNotOnly(tokens: Token[], i: number): boolean {
  return tokens[i].lower === 'not' && (tokens[i + 1]?.lower === 'only' || tokens[i + 1]?.lower === 'just');
}
