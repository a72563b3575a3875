// Claim features: which words count as the act.
import { describe, expect, it } from 'vitest';
import { prepareSources } from '../../engine/analyze';

function featuresOf(text: string) {
  return prepareSources({ title: 't', sources: [{ id: 'a', name: 'A', text }] })[0].claims[0].features;
}

describe('verbs the tagger calls adjectives', () => {
  it('"will close its plant" reads "close" as the verb and the predicate', () => {
    const features = featuresOf('The company will close its plant in June.');
    const close = features.find((f) => f.key === 'close');
    expect(close?.pos).toBe('v');
    expect(close?.role).toBe('predicate');
  });

  it('"a close friend" and "the door is close" keep their adjective', () => {
    expect(featuresOf('He met a close friend in Rome.').find((f) => f.key === 'close')?.pos).toBe('a');
    expect(featuresOf('The end is close now.').find((f) => f.key === 'close')?.pos).not.toBe('v');
  });
});
