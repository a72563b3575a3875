// The framing lens over the columns: the engine's framing cues turned into marks per source,
// one layer at a time. Each layer has its own visual channel (see styles/framing.css), distinct
// from the claim marks' underlines and tints: a box for loaded words, a line above for hedges and
// boosters, corner brackets for reporting verbs, a name tag for speakers.
import type { AttributionCue, Framing, SpeakerRole } from '../../engine/types';

export type LensLayer = 'loaded' | 'hedges' | 'attribution' | 'speakers';

export interface LayerInfo {
  id: LensLayer;
  label: string;
  /** The single-key shortcut that toggles it. */
  key: string;
  help: string;
}

export const LENS_LAYERS: LayerInfo[] = [
  { id: 'loaded', label: 'Loaded words', key: 'l', help: 'Boxed: labels, emotional words and intensifiers (dashed when quoted, “not” when negated)' },
  { id: 'hedges', label: 'Hedges & boosters', key: 'h', help: 'Line above: “?” softens certainty, “!” hardens it' },
  { id: 'attribution', label: 'Reporting verbs', key: 'r', help: 'In corner brackets: the verb that reports someone’s words, and what it signals' },
  { id: 'speakers', label: 'Speakers', key: 's', help: 'A name tag before each statement the source reports from someone else' },
];

export interface LensCue {
  start: number;
  /** Equal to `start` for a speaker tag, which marks a claim rather than a word. */
  end: number;
  layer: LensLayer;
  /** CSS modifier: loaded, hedge, booster, verb, speaker. */
  variant: 'loaded' | 'hedge' | 'booster' | 'verb' | 'speaker';
  /** Shown beside the word (superscript or tag text); empty for none. */
  badge: string;
  /** Read by screen readers after the word ("loaded word, negated"). */
  label: string;
  explanation: string;
  quoted: boolean;
  negated: boolean;
  /** The claim (display id) the cue belongs to. */
  claim: string;
  /** The words marked, for the tooltip. */
  text: string;
}

export const ROLE_LABEL: Record<SpeakerRole, string> = {
  official: 'official',
  expert: 'expert',
  witness: 'witness',
  advocate: 'advocate',
  'source-itself': 'the source itself',
  other: 'other',
};

const STANCE_BADGE: Record<AttributionCue['stance'], string> = { neutral: '', distancing: 'doubt', endorsing: 'agrees', denial: 'denies', demand: 'demands' };
const QUOTED = 'quoted: the speaker’s word';

export interface LensInput {
  framing: Framing;
  /** Display id of a claim, and its display source (undefined when the claim is not on screen). */
  claimOnScreen: (realClaimId: string) => { id: string; source: string; start: number } | undefined;
  /** The name shown for a real source id (its blind alias in blind mode). */
  sourceName: (realSourceId: string) => string;
}

/** Every cue of the chosen layers, per display source, sorted by position. */
export function lensCues({ framing, claimOnScreen, sourceName }: LensInput, layers: ReadonlySet<LensLayer>): Map<string, LensCue[]> {
  const bySource = new Map<string, LensCue[]>();
  const add = (source: string, cue: LensCue) => {
    const list = bySource.get(source);
    if (list) list.push(cue);
    else bySource.set(source, [cue]);
  };
  for (const cf of framing.claims) {
    const claim = claimOnScreen(cf.claim);
    if (!claim) continue;
    const base = { claim: claim.id, quoted: false, negated: false };
    if (layers.has('loaded')) {
      for (const c of cf.loaded) {
        const notes = ['loaded word', c.negated ? 'negated' : '', c.quoted ? QUOTED : ''].filter(Boolean).join(', ');
        add(claim.source, { ...base, start: c.start, end: c.end, text: c.text, layer: 'loaded', variant: 'loaded', badge: c.negated ? 'not' : '', label: notes, explanation: c.explanation, quoted: c.quoted, negated: c.negated });
      }
    }
    if (layers.has('hedges')) {
      for (const h of cf.hedges) {
        const notes = [h.category, h.quoted ? QUOTED : ''].filter(Boolean).join(', ');
        add(claim.source, { ...base, start: h.start, end: h.end, text: h.text, layer: 'hedges', variant: h.category, badge: h.category === 'hedge' ? '?' : '!', label: notes, explanation: h.explanation, quoted: h.quoted });
      }
    }
    const verb = cf.attribution;
    if (layers.has('attribution') && verb && verb.end > verb.start) {
      const label = `reporting verb, ${verb.stance}${verb.speaker ? `, for ${verb.speaker}` : ''}`;
      add(claim.source, { ...base, start: verb.start, end: verb.end, text: verb.text, layer: 'attribution', variant: 'verb', badge: STANCE_BADGE[verb.stance], label, explanation: verb.explanation });
    }
  }
  if (layers.has('speakers')) {
    for (const { source, speakers } of framing.speakers) {
      const total = speakers.reduce((n, s) => n + s.claims.length, 0);
      const characters = speakers.reduce((n, s) => n + s.characters, 0) || 1;
      for (const speaker of speakers) {
        if (speaker.role === 'source-itself') continue;
        const share = `${speaker.claims.length} of ${total} statements, ${Math.round((100 * speaker.characters) / characters)}% of the words`;
        const explanation = `${sourceName(source)} reports these words from ${speaker.name} (${ROLE_LABEL[speaker.role]}): ${share}.`;
        for (const id of speaker.claims) {
          const claim = claimOnScreen(id);
          if (!claim) continue;
          add(claim.source, { claim: claim.id, start: claim.start, end: claim.start, text: speaker.name, layer: 'speakers', variant: 'speaker', badge: speaker.name, label: `speaker: ${speaker.name}, ${ROLE_LABEL[speaker.role]}`, explanation, quoted: false, negated: false });
        }
      }
    }
  }
  for (const list of bySource.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return bySource;
}

/** The cues of each claim (display ids), for the tooltip a focused claim shows. */
export function cuesByClaim(bySource: Map<string, LensCue[]>): Map<string, LensCue[]> {
  const out = new Map<string, LensCue[]>();
  for (const list of bySource.values()) for (const cue of list) (out.get(cue.claim) ?? out.set(cue.claim, []).get(cue.claim)!).push(cue);
  return out;
}
