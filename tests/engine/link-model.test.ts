// The alignment's link model: its features on a known pair, its data file, and the evidence it needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareSources } from '../../engine/analyze';
import { evidenceOf } from '../../engine/align';
import { candidatePairs } from '../../engine/candidates';
import { LINK_FEATURES, linkFeatures, PairContext } from '../../engine/link-features';
import { DEFAULT_LINK_MODEL, linkLogit, linkProbability } from '../../engine/link-model';
import { similarity, weighClaims } from '../../engine/similarity';
import { analyze } from '../../engine/index';
import { loadCaseFolder } from '../../cli/load-case';

function caseOf(a: string, b: string) {
  const claims = weighClaims(prepareSources({ title: 't', sources: [{ id: 'a', name: 'A', text: a }, { id: 'b', name: 'B', text: b }] }).flatMap((s) => s.claims));
  const scored = candidatePairs(claims, 0).map(([x, y]) => ({ a: x, b: y, sim: similarity(x, y) }));
  return { claims, context: new PairContext(claims, scored) };
}

describe('link features', () => {
  const a = 'The council closed the bridge on Monday. Traffic was diverted through the town centre.';
  const b = 'Traffic now runs through the town centre. The council shut the bridge on Monday after an inspection.';
  const { claims, context } = caseOf(a, b);
  const [bridgeA, trafficA, trafficB, bridgeB] = [claims[0], claims[1], claims[2], claims[3]];

  it('ranks a pair against each claim\'s other candidates and places it in its sources', () => {
    const f = linkFeatures(bridgeA, bridgeB, similarity(bridgeA, bridgeB), context);
    expect(f.rankMin).toBe(1);
    expect(f.rankMax).toBe(1);
    expect(f.marginMin).toBeGreaterThan(0);
    expect(f.placeGap).toBe(1);
    expect(f.names).toBe(0);
    expect(f.numbers).toBeGreaterThan(0); // "Monday"
    expect(f.sentenceOverlap).toBeGreaterThan(0.3);
    const cross = linkFeatures(bridgeA, trafficB, similarity(bridgeA, trafficB), context);
    expect(cross.marginMin).toBeLessThanOrEqual(0);
  });

  it('links the same facts told in another order, and only those', () => {
    const analysis = analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: a }, { id: 'b', name: 'B', text: b }] });
    const pointOf = (id: string) => analysis.points.find((p) => p.claims.includes(id))!;
    expect(pointOf(bridgeA.claim.unit.id)).toBe(pointOf(bridgeB.claim.unit.id));
    expect(pointOf(trafficA.claim.unit.id)).toBe(pointOf(trafficB.claim.unit.id));
    expect(pointOf(bridgeA.claim.unit.id)).not.toBe(pointOf(trafficA.claim.unit.id));
  });
});

describe('link model', () => {
  it('has a weight for every feature and a probability threshold', () => {
    const file = JSON.parse(readFileSync('engine/data/link-model.json', 'utf8'));
    expect(Object.keys(file.weights).sort()).toEqual([...LINK_FEATURES].sort());
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThan(1);
  });

  it('sums every weighted feature in the order of LINK_FEATURES', () => {
    const features = Object.fromEntries(LINK_FEATURES.map((name, i) => [name, 0.37 * (i + 1) - 1.1])) as Parameters<typeof linkLogit>[1];
    let expected = DEFAULT_LINK_MODEL.bias;
    for (const name of LINK_FEATURES) expected += DEFAULT_LINK_MODEL.weights[name] * features[name];
    expect(linkLogit(DEFAULT_LINK_MODEL, features)).toBe(expected);
  });

  it('grows with shared wording and falls with distance in the texts', () => {
    const base = { score: 0.3, rankMin: 1, rankMax: 1, marginMin: 0.1, predicate: 1, agent: 0, names: 0, numbers: 0, contested: 0, shortLength: 2, placeGap: 0, sentenceOverlap: 0.2 };
    const p = linkProbability(DEFAULT_LINK_MODEL, base);
    expect(linkProbability(DEFAULT_LINK_MODEL, { ...base, sentenceOverlap: 0.5 })).toBeGreaterThan(p);
    expect(linkProbability(DEFAULT_LINK_MODEL, { ...base, placeGap: 0.9 })).toBeLessThan(p);
  });
});

describe('evidence a link needs', () => {
  it('one shared synonym in a weak pair is not enough, two pieces are', () => {
    const weak = caseOf('A British court refused to recognise his claims.', 'The Senate rejected a no-confidence motion against the minister.');
    expect(evidenceOf(similarity(weak.claims[0], weak.claims[1]))).toBe(1);
    const strong = caseOf('The council closed the bridge on Monday.', 'The council shut the bridge on Monday.');
    expect(evidenceOf(similarity(strong.claims[0], strong.claims[1]))).toBe(2);
  });

  it('names alone are no evidence', () => {
    const names = caseOf('Angelino Alfano flew to Rome with Emma Bonino.', 'Reporters asked Angelino Alfano and Emma Bonino about taxes.');
    expect(evidenceOf(similarity(names.claims[0], names.claims[1]))).toBe(0);
  });
});

describe('best matches', () => {
  it('links no pair where neither claim is the other\'s best match in its source', () => {
    // In the sample, Amnesty's opening claim (France should prevent the extradition) and the Kazakh
    // opening claim (Ablyazov is wanted in Kazakhstan) share names, a word and their place in the
    // texts, but each has a closer partner elsewhere.
    const analysis = analyze(loadCaseFolder('samples/ablyazov-2013'));
    const point = analysis.points.find((p) => p.claims.includes('amnesty:c1'))!;
    expect(point.claims).toEqual(['amnesty:c1']);
  });
});
