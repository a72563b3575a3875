// The engine's public API: what the CLI, the app and tests import.
export { analyze, prepareSources, type PreparedSource } from './analyze';
export { SourceCache } from './source-cache';
export { comparePair, type PairRelation, type PairResult } from './pairs';
export { DEFAULT_ALIGNMENT, type AlignmentOptions } from './align';
export * from './types';
export { splitVoices } from './voices/index';
