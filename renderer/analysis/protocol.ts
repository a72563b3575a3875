// Messages between the UI thread and the analysis worker.
import type { Analysis, CaseInput } from '../../engine/types';

export type ToWorker = { type: 'analyze'; id: number; input: CaseInput } | { type: 'warm' };

export type FromWorker =
  | { type: 'started'; id: number; words: number }
  | { type: 'result'; id: number; analysis: Analysis; ms: number }
  | { type: 'error'; id: number; message: string };
