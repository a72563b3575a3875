// The engine's public data shapes. `Analysis` is the `parallax/analysis@1` document:
// fields may be added over time, but existing ones never change meaning.

export const ANALYSIS_SCHEMA = 'parallax/analysis@1';
export const CASE_SCHEMA = 'parallax/case@1';
/** Check a claim takes one claim, not a text: longer input is refused before the engine sees it. */
export const MAX_CHECK_CHARS = 1000;

/** One source's text as handed to the engine (already read and decoded). */
export interface SourceInput {
  id: string;
  name: string;
  kind?: string;
  text: string;
}

export interface CaseInput {
  title: string;
  sources: SourceInput[];
}

/** A numeric reading of a quantity: `low`/`high` bound the value (`null` = unbounded). */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  low: number | null;
  high: number | null;
  /** Lemma of the counted thing ("job", "home", "person"), when one follows the number. */
  unit: string | null;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO-like reading with the precision that was stated: "2011", "2011-12", "2011-12-16", "--05" (month only). */
  value: string;
}

export interface Claim {
  id: string;
  source: string;
  /** UTF-16 offsets into the source text exactly as it was read from its file. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  negated: boolean;
  hedged: boolean;
  quantities: Quantity[];
  dates: DateMention[];
  /** Content lemmas that carry the claim, rarest first. */
  terms: string[];
  /** The user's note on this claim (engine/edits). */
  note?: string;
}

export type PointStatus = 'agreed' | 'contested' | 'unique';

export type ReasonKind =
  | 'same-content'
  | 'negation'
  | 'antonym'
  | 'quantity'
  | 'different-agent'
  | 'opposite-position'
  | 'dismissal'
  | 'opposite-evaluation';

/** A word or phrase inside a claim that carries a reason; offsets as in `Claim`. */
export interface Cue {
  claim: string;
  start: number;
  end: number;
}

export interface Reason {
  kind: ReasonKind;
  claims: string[];
  cues: Cue[];
  /** One plain-English sentence a student understands. */
  detail: string;
}

export interface Point {
  id: string;
  status: PointStatus;
  claims: string[];
  reasons: Reason[];
  /** Set when the user corrected this point (engine/edits): its status is theirs, not the engine's. */
  decidedBy?: 'user';
  /** What the engine said before the user's correction (present only with `decidedBy`). */
  engineStatus?: PointStatus;
  /** The user's note on this point. */
  note?: string;
}

export interface SourceSummary {
  id: string;
  name: string;
  kind?: string;
  headline?: string;
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  case: { title: string };
  sources: SourceSummary[];
  claims: Claim[];
  points: Point[];
  /** How each source frames the story: word choice, hedging, voices, naming and frames. */
  framing: Framing;
}

/** Reasons that make a point contested; `same-content` only ever explains agreement. */
export const CONTEST_KINDS: readonly ReasonKind[] = [
  'negation',
  'antonym',
  'quantity',
  'different-agent',
  'opposite-position',
  'dismissal',
  'opposite-evaluation',
];

// ---------------------------------------------------------------------------------------------
// Framing: how a source tells the story, as opposed to what it asserts. Every cue is a span of
// the source text (offsets as in `Claim`) with a one-line `explanation` a student understands.
// Lexicons and method: engine/framing/README.md.

/** A word or phrase of a source's text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** `labelling`: a word that files a person or group under a loaded category ("fugitive", "regime").
 *  `emotive`: a word that carries feeling (AFINN-165). `intensifier`: a word that turns it up ("severely"). */
export type LoadedCategory = 'labelling' | 'emotive' | 'intensifier';

export interface LoadedCue extends TextSpan {
  category: LoadedCategory;
  /** Lowercase lemma the lexicon matched. */
  lemma: string;
  /** -5 (very negative) .. +5 (very positive); 0 for intensifiers and neutral labels. */
  polarity: number;
  /** Under a negation ("not a fugitive"): shown, but never counted toward the source's tone. */
  negated: boolean;
  /** Inside quotation marks: the quoted speaker's word, not the source's own. */
  quoted: boolean;
  explanation: string;
}

/** `hedge` softens certainty ("allegedly", "may"); `booster` hardens it ("clearly", "in fact"). */
export interface HedgeCue extends TextSpan {
  category: 'hedge' | 'booster';
  quoted: boolean;
  explanation: string;
}

/** The verb a source uses to report someone's words, and what it signals about the source's distance. */
export interface AttributionCue extends TextSpan {
  /** `distancing` ("claimed", "insisted"), `neutral` ("said"), `endorsing` ("confirmed", "admitted"),
   *  `denial` ("denied"), `demand` ("urged"). */
  stance: 'neutral' | 'distancing' | 'endorsing' | 'denial' | 'demand';
  /** The reporting verb's lemma ("claim"); null for "according to". */
  verb: string | null;
  speaker: string | null;
  explanation: string;
}

export type FrameDimension =
  | 'legality'
  | 'crime'
  | 'fairness'
  | 'security'
  | 'economy'
  | 'politics'
  | 'international'
  | 'health'
  | 'morality'
  | 'public-opinion';

/** A word that places a claim in a frame dimension. */
export interface FrameHit extends TextSpan {
  frame: FrameDimension;
  lemma: string;
  quoted: boolean;
}

/** The framing cues of one claim; `Framing.claims` has one per claim, in `Analysis.claims` order. */
export interface ClaimFraming {
  claim: string;
  loaded: LoadedCue[];
  hedges: HedgeCue[];
  attribution: AttributionCue | null;
  frames: FrameHit[];
}

/** `source-itself` is the source's own voice (claims with no attribution). */
export type SpeakerRole = 'official' | 'expert' | 'witness' | 'advocate' | 'source-itself' | 'other';

export interface SpeakerShare {
  /** The speaker as the source names them (longest form used), or the source's name for its own voice. */
  name: string;
  role: SpeakerRole;
  /** Claim ids, in text order. */
  claims: string[];
  /** Characters of claim text given to this speaker. */
  characters: number;
}

export interface SourceSpeakers {
  source: string;
  /** Most characters first. */
  speakers: SpeakerShare[];
}

/** A person, organisation or place named in the case. */
export interface NamedActor {
  /** The engine's entity key (shared by "Mukhtar Ablyazov" and "Ablyazov"). */
  key: string;
  /** Its longest name form in the case. */
  name: string;
  /** Source ids that mention it. */
  sources: string[];
}

/** One phrase a source uses for an actor: its name ("Mr Ablyazov") or a description ("the fugitive banker"). */
export interface ActorLabel extends TextSpan {
  actor: string;
  source: string;
  kind: 'name' | 'description';
  quoted: boolean;
}

export interface Naming {
  /** Actors at least two sources name, most sources first, then by name. */
  actors: NamedActor[];
  /** Every phrase for those actors, by source then offset. */
  labels: ActorLabel[];
}

export interface FrameShare {
  frame: FrameDimension;
  /** Claims of the source with at least one word of this frame (a claim can count in several). */
  claims: number;
  /** `claims` / all the source's claims, 0..1 rounded to 3 decimals. */
  share: number;
}

export interface SourceFrameProfile {
  source: string;
  claims: number;
  /** Frames with at least one claim, largest share first. */
  shares: FrameShare[];
  /** The frame with the largest share; null when no frame word occurs. */
  top: FrameDimension | null;
}

export interface Framing {
  claims: ClaimFraming[];
  speakers: SourceSpeakers[];
  naming: Naming;
  frames: SourceFrameProfile[];
}

/** A voice of one article: the statements it attributes to one speaker or organisation. */
export interface Voice {
  id: string;
  /** The organisation or group the voice speaks for ("Amnesty International"), else the speaker. */
  name: string;
  role: SpeakerRole;
  /** The people the article names as speaking for it. */
  speakers: string[];
  /** Exact spans of the article, in text order. */
  spans: TextSpan[];
}

/** An article split into its voices, and the sentences the article says in its own voice. */
export interface VoiceSplit {
  voices: Voice[];
  narration: TextSpan[];
}
