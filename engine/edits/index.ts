// The user's corrections: serialisable edit operations and how they apply to an analysis.
export { applyEdits, type EditedAnalysis } from './apply';
export { claimResolver, refOf, type ClaimResolver } from './resolve';
export * from './types';
