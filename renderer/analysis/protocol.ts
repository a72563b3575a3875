// Messages between the UI thread and the analysis worker.
import type { Analysis, CaseInput, VoiceSplit } from '../../engine/types';
import type { ClaimCheck } from '../../engine/check-claim';

export type ToWorker =
  | { type: 'analyze'; id: number; input: CaseInput }
  /** Load the language model and warm the engine on `input` (the case the app opens on), or on one sentence; the result is dropped. */
  | { type: 'warm'; input?: CaseInput }
  /** Check one typed claim against `input`; the worker keeps the prepared case between checks. */
  | { type: 'check'; id: number; input: CaseInput; claim: string }
  /** Split one article into the voices it quotes (engine/voices). */
  | { type: 'voices'; id: number; article: string };

export type FromWorker =
  | { type: 'started'; id: number; words: number }
  /** A slice of one of the result's long arrays, sent ahead of the result (see result-parts.ts). */
  | { type: 'result-part'; id: number; path: string; items: unknown[] }
  /** The result, its long arrays emptied: the parts sent before fill them. */
  | { type: 'result'; id: number; analysis: Analysis; ms: number }
  | { type: 'error'; id: number; message: string }
  | { type: 'checked'; id: number; check: ClaimCheck }
  | { type: 'check-error'; id: number; message: string }
  | { type: 'voices-result'; id: number; split: VoiceSplit }
  | { type: 'voices-error'; id: number; message: string };
