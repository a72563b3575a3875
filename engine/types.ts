// The engine's public data shapes. `Analysis` is the `parallax/analysis@1` document:
// fields may be added over time, but existing ones never change meaning.

export const ANALYSIS_SCHEMA = 'parallax/analysis@1';
export const CASE_SCHEMA = 'parallax/case@1';

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
}

export type PointStatus = 'agreed' | 'contested' | 'unique';

export type ReasonKind =
  | 'same-content'
  | 'negation'
  | 'antonym'
  | 'quantity'
  | 'different-agent'
  | 'opposite-position'
  | 'dismissal';

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
}

/** Reasons that make a point contested; `same-content` only ever explains agreement. */
export const CONTEST_KINDS: readonly ReasonKind[] = [
  'negation',
  'antonym',
  'quantity',
  'different-agent',
  'opposite-position',
  'dismissal',
];
