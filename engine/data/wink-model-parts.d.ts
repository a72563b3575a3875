// The parts of wink-eng-lite-web-model that engine/data/wink-model.ts assembles. The package
// declares only its entry; these are its CommonJS modules, opaque to the engine.
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const featureFn: unknown;
  export default featureFn;
}
declare module 'wink-eng-lite-web-model/dist/lemmatize.js' {
  /** `cache` is wink's lexicon cache, opaque here. */
  const lemmatize: (value: string, pos: string, cache: unknown) => string;
  export default lemmatize;
}
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const loadPOSModel: () => unknown;
  export default loadPOSModel;
}
declare module 'wink-eng-lite-web-model/dist/load-sbd-model.js' {
  const loadSBDModel: () => unknown;
  export default loadSBDModel;
}
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: unknown;
  export default stem;
}
declare module 'wink-eng-lite-web-model/dist/readability-stats.js' {
  const readabilityStats: unknown;
  export default readabilityStats;
}
