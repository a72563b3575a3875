// Modules made by the build (see scripts/sample-analysis.mjs).
declare module 'virtual:sample-analysis' {
  import type { Analysis, CaseInput } from '../engine/types';
  const precomputed: { input: CaseInput; analysis: Analysis } | null;
  export default precomputed;
}
