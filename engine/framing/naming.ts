// How each source names the actors the case shares: the name forms it uses ("Mr Ablyazov",
// "Mukhtar Ablyazov") and the descriptions it attaches to them, found by three general patterns:
// words before a name ("fugitive banker Mukhtar Ablyazov"), an apposition after it ("Alma
// Shalabayeva, the wife of ..."), and a copula ("X is a political opponent of ..."). A description's
// head noun then labels the same actor when the source uses it alone ("the ambassador").
import type { Token } from '../nlp';
import type { ActorLabel, DateMention, NamedActor, Naming } from '../types';
import { findEntities, TITLES, type EntityMention } from '../entities';
import { findDates } from '../dates';
import { startsWithCapital } from '../chars';

export interface NamingInput {
  source: string;
  /** Each claim's tokens with a quoted test, in text order. */
  claims: { tokens: Token[]; isQuoted: (offset: number) => boolean }[];
}

const MAX_DESCRIPTION = 8;
const DESCRIPTION_END = new Set([',', '.', ';', ':', '(', ')', '"', '!', '?']);

/** A claim's tokens with the names in them that are not dates. */
interface NamedClaim {
  tokens: Token[];
  isQuoted: (offset: number) => boolean;
  mentions: EntityMention[];
}

export function findNaming(sources: NamingInput[], names: ReadonlySet<string>, text: (source: string) => string): Naming {
  const named = sources.map((s) => s.claims.map((c): NamedClaim => ({ tokens: c.tokens, isQuoted: c.isQuoted, mentions: actorMentions(c.tokens, names) })));
  const actors = sharedActors(sources, named);
  // Labels are made only for the actors kept: a name one source alone uses costs no text.
  const keep = new Set(actors.map((a) => a.key));
  const labels = sources.map((s, i) => sourceLabels(s.source, named[i], keep, text(s.source)));
  return { actors, labels: inSourceOrder(sources, labels) };
}

function actorMentions(tokens: Token[], names: ReadonlySet<string>): EntityMention[] {
  const mentions = findEntities(tokens, names);
  if (!mentions.length) return mentions;
  const dates = findDates(tokens);
  return dates.length ? mentions.filter((m) => !allDated(m.tokens, dates)) : mentions;
}

/** The actors at least two sources name, each by its longest written form, most widely named first. */
function sharedActors(sources: NamingInput[], named: NamedClaim[][]): NamedActor[] {
  const forms = new Map<string, string>();
  const sourcesOf = new Map<string, Set<string>>();
  /** Names used at least once as an actor, not only as a word of origin before a noun ("Kazakh diplomats"). */
  const standalone = new Set<string>();
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s].source;
    for (const { tokens, mentions } of named[s]) {
      for (const mention of mentions) {
        remember(forms, mention);
        (sourcesOf.get(mention.key) ?? sourcesOf.set(mention.key, new Set()).get(mention.key)!).add(source);
        if (!isOriginAdjective(mention, tokens[lastOf(tokens, mention)])) standalone.add(mention.key);
      }
    }
  }
  const shared = [...sourcesOf.entries()].filter(([key, s]) => s.size >= 2 && standalone.has(key));
  const actors: NamedActor[] = shared.map(([key, s]) => ({ key, name: forms.get(key)!, sources: [...s] }));
  actors.sort((a, b) => b.sources.length - a.sources.length || compare(a.name, b.name));
  return actors;
}

/** One past the mention's last token, as an index into its claim's tokens. */
function lastOf(tokens: Token[], mention: EntityMention): number {
  // A claim's tokens are a contiguous run of its sentence's, so a token's place in the claim follows from its index.
  return mention.tokens[mention.tokens.length - 1].index - tokens[0].index + 1;
}

/** One source's name and description labels of the kept actors, in the order found: names, then descriptions. */
function sourceLabels(source: string, claims: NamedClaim[], keep: ReadonlySet<string>, sourceText: string): ActorLabel[] {
  const labels: ActorLabel[] = [];
  const described: ActorLabel[] = [];
  // Every actor's descriptions count here, kept or not: a head two actors share names neither.
  const headToActor = new Map<string, string | null>();
  for (const { tokens, isQuoted, mentions } of claims) {
    let claimed: Set<number> | null = null;
    for (const mention of mentions) {
      const first = mention.tokens[0].index - tokens[0].index;
      const last = lastOf(tokens, mention);
      let from = first;
      while (from > 0 && TITLES.has(tokens[from - 1].lower) && startsWithCapital(tokens[from - 1].text)) from--;
      const kept = keep.has(mention.key);
      if (kept) labels.push(labelOf(tokens, from, last, mention.key, 'name', source, sourceText, isQuoted));
      const descriptions = descriptionsOf(tokens, from, last);
      for (let d = 0; d < descriptions.length; d++) {
        const [dFrom, dTo] = descriptions[d];
        if (kept) described.push(labelOf(tokens, dFrom, dTo, mention.key, 'description', source, sourceText, isQuoted));
        claimed ??= new Set();
        for (let k = dFrom; k < dTo; k++) claimed.add(tokens[k].start);
        const head = headNoun(tokens, dFrom, dTo);
        if (head) headToActor.set(head, headToActor.has(head) && headToActor.get(head) !== mention.key ? null : mention.key);
      }
    }
    if (!headToActor.size) continue;
    // "the ambassador" later in the source: a definite description whose head was attached to one actor.
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i].lower !== 'the' || (claimed !== null && claimed.has(tokens[i + 1].start))) continue;
      let j = i + 1;
      while (j < tokens.length && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN') && tokens[j + 1]?.pos === 'NOUN') j++;
      const actor = tokens[j]?.pos === 'NOUN' ? headToActor.get(tokens[j].lemma) : undefined;
      if (actor && keep.has(actor) && tokens[j + 1]?.pos !== 'PROPN') described.push(labelOf(tokens, i, j + 1, actor, 'description', source, sourceText, isQuoted));
    }
  }
  for (let i = 0; i < described.length; i++) labels.push(described[i]);
  return labels;
}

/**
 * Sources in the order given, each source's labels by place (a longer span first at one start),
 * a label found twice kept once. Sources sharing an id (never in a valid case) are read as one,
 * at the place of the last.
 */
function inSourceOrder(sources: NamingInput[], perSource: ActorLabel[][]): ActorLabel[] {
  const byId = new Map<string, ActorLabel[]>();
  for (let i = 0; i < sources.length; i++) {
    const list = byId.get(sources[i].source);
    if (list) list.push(...perSource[i]);
    else byId.set(sources[i].source, perSource[i]);
  }
  const lastIndex = new Map(sources.map((s, i) => [s.source, i]));
  const ordered: ActorLabel[] = [];
  for (let i = 0; i < sources.length; i++) {
    if (lastIndex.get(sources[i].source) !== i) continue;
    const labels = byId.get(sources[i].source)!;
    // Stable: labels at one place keep the order they were found in, and the first of a twice-found one stays.
    labels.sort((a, b) => a.start - b.start || b.end - a.end);
    let run = ordered.length;
    for (const label of labels) {
      const previous = ordered[ordered.length - 1];
      if (ordered.length === run || previous.start !== label.start || previous.end !== label.end) run = ordered.length;
      else if (foundIn(ordered, run, label.actor)) continue;
      ordered.push(label);
    }
  }
  return ordered;
}

/** Whether a label of `actor` is among ordered[from..]. */
function foundIn(ordered: ActorLabel[], from: number, actor: string): boolean {
  for (let i = from; i < ordered.length; i++) if (ordered[i].actor === actor) return true;
  return false;
}

/** A label over tokens [from, to) of one claim. */
function labelOf(tokens: Token[], from: number, to: number, actor: string, kind: ActorLabel['kind'], source: string, text: string, isQuoted: (offset: number) => boolean): ActorLabel {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { start, end, text: text.slice(start, end), actor, source, kind, quoted: isQuoted(start) };
}

/** Every token lies inside one of the dates: a date ("May"), not an actor. */
function allDated(tokens: Token[], dates: DateMention[]): boolean {
  for (const t of tokens) if (!dates.some((d) => t.start >= d.start && t.end <= d.end)) return false;
  return true;
}

/** A one-word name right before a common noun ("Kazakh authorities", "Italian police") says where from, not who. */
function isOriginAdjective(mention: EntityMention, next: Token | undefined): boolean {
  return mention.tokens.length === 1 && next !== undefined && next.pos === 'NOUN' && !startsWithCapital(next.text);
}

function remember(forms: Map<string, string>, mention: EntityMention): void {
  const seen = forms.get(mention.key);
  // Most mentions repeat a form already kept or a shorter one: its length says so without writing it.
  if (seen !== undefined && writtenLength(mention.tokens) < seen.length) return;
  const written = mention.tokens.map((t) => t.text).join(' ');
  if (!seen || written.length > seen.length || (written.length === seen.length && written < seen)) forms.set(mention.key, written);
}

/** The length of the tokens' texts joined by single spaces. */
function writtenLength(tokens: Token[]): number {
  let length = tokens.length - 1;
  for (let i = 0; i < tokens.length; i++) length += tokens[i].text.length;
  return length;
}

/** Descriptions attached to the name at tokens [from, to). */
function descriptionsOf(tokens: Token[], from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  // Before: "fugitive Kazakh banker Mukhtar Ablyazov" (modifiers ending in a common noun).
  let start = from;
  while (start > 0 && isModifier(tokens[start - 1].pos) && from - start < MAX_DESCRIPTION) start--;
  while (start < from && tokens[start].pos === 'PROPN') start++;
  if (start < from && hasCommonWord(tokens, start, from)) found.push([start, from]);
  // After: "Alma Shalabayeva, the wife of Mukhtar Ablyazov," or "Daniar Ashimbayev, head of ...".
  if (tokens[to]?.text === ',') {
    const end = nounPhraseEnd(tokens, to + 1);
    if (end > to + 1) found.push([to + 1, end]);
  }
  // Copula: "X is also a political opponent of ...".
  let k = to;
  if (tokens[k]?.lemma === 'be') {
    k++;
    while (tokens[k]?.pos === 'ADV') k++;
    if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an' || tokens[k]?.lower === 'the') {
      const end = nounPhraseEnd(tokens, k);
      if (end > k + 1) found.push([k, end]);
    }
  }
  return found;
}

/** Asked of the words before every name: plain comparisons, no regular expression. */
function isModifier(pos: string): boolean {
  return pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN';
}

/** A common noun or adjective among tokens [from, to). */
function hasCommonWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos === 'NOUN' || tokens[i].pos === 'ADJ') return true;
  return false;
}

/** The end of a noun phrase starting at `at` (a determiner or a lowercase noun/adjective), or `at` when there is none. */
function nounPhraseEnd(tokens: Token[], at: number): number {
  const first = tokens[at];
  if (!first || !(first.pos === 'DET' || ((first.pos === 'NOUN' || first.pos === 'ADJ') && first.text === first.lower))) return at;
  let end = at;
  let sawNoun = false;
  while (end < tokens.length && end - at < MAX_DESCRIPTION && !DESCRIPTION_END.has(tokens[end].text)) {
    const t = tokens[end];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || (t.pos === 'PRON' && end > at)) break;
    if (t.pos === 'NOUN') sawNoun = true;
    end++;
  }
  return sawNoun ? end : at;
}

/** The noun a description is about: the last noun before "of"/"in"/"to", else its last noun. */
function headNoun(tokens: Token[], from: number, to: number): string | null {
  let head: string | null = null;
  for (let i = from; i < to; i++) {
    if (tokens[i].pos === 'ADP' && head) return head;
    if (tokens[i].pos === 'NOUN') head = tokens[i].lemma;
  }
  return head;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
