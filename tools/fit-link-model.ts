// Fits the alignment's link model (engine/data/link-model.json) on the hand-made readings of
// the cases in samples/, tests/fixtures/cases and tests/fixtures/heldout, and reports how it reads
// cases it was not fitted on: each fitting case left out in turn, and tests/fixtures/validation,
// which is never fitted on. Usage: npm run fit:link-model [-- --check]
//
// A pair of claims is a training example when both hold a gold quote: linked when the quotes
// belong to one gold point. Only the engine's candidate pairs are used, with the features the
// engine computes at run time (`link-features.ts`), so what is fitted is what runs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCaseFolder } from '../cli/load-case';
import { analyze, prepareSources } from '../engine/analyze';
import { DEFAULT_ALIGNMENT, evidenceOf } from '../engine/align';
import { candidatePairs } from '../engine/candidates';
import { LINK_FEATURES, linkFeatures, PairContext } from '../engine/link-features';
import type { LinkModel } from '../engine/link-model';
import { similarity, weighClaims, type WeightedClaim } from '../engine/similarity';
import { hasContest } from '../engine/verdicts/judge';
import { claimHolding, scoreAgainstGold, type GoldCase } from '../tests/engine/gold-scoring';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const MODEL_FILE = join(ROOT, 'engine/data/link-model.json');
const FITTING_ROOTS = ['samples', 'tests/fixtures/cases', 'tests/fixtures/heldout'];
const VALIDATION_ROOT = 'tests/fixtures/validation';
/** L2 penalty on the standardised weights: a dozen cases are few, so the weights stay modest. */
const L2 = 1;
const ITERATIONS = 3000;
const LEARNING_RATE = 0.5;
const THRESHOLD = 0.5;

interface Example {
  x: number[];
  linked: 0 | 1;
}

const caseFolders = (root: string) =>
  readdirSync(join(ROOT, root), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(ROOT, root, d.name))
    .sort();
const readGold = (folder: string) => JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as GoldCase;

function examplesOf(folder: string): Example[] {
  const input = loadCaseFolder(folder);
  const names = new Map(input.sources.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const texts = new Map(input.sources.map((s) => [s.id, s.text]));
  const claims = weighClaims(prepareSources(input).flatMap((s) => s.claims));
  // The claim holding each gold quote, found as the scoring tool finds it.
  const pointOf = new Map<WeightedClaim, string>();
  const textOf = (c: WeightedClaim) => texts.get(c.claim.unit.source)!.slice(c.claim.unit.start, c.claim.unit.end);
  for (const point of readGold(folder).points) {
    for (const quote of point.claims) {
      const claim = claimHolding(quote, claims, (c) => c.claim.unit.source, textOf);
      if (claim) pointOf.set(claim, point.id);
    }
  }
  const scored = candidatePairs(claims, DEFAULT_ALIGNMENT.candidateFloor).map(([a, b]) => ({ a, b, sim: similarity(a, b) }));
  const context = new PairContext(claims, scored);
  const examples: Example[] = [];
  for (const { a, b, sim } of scored) {
    const pa = pointOf.get(a);
    const pb = pointOf.get(b);
    if (!pa || !pb || a.claim.unit.fragment || b.claim.unit.fragment) continue;
    const evidence = evidenceOf(sim);
    const features = linkFeatures(a, b, sim, context);
    features.contested = hasContest({ a, b, similarity: sim, nameOf }) ? 1 : 0;
    // The engine never links these, whatever the model says; fitting on them would only blur it.
    if (evidence === 1 && !features.contested) continue;
    examples.push({ x: LINK_FEATURES.map((name) => features[name]), linked: pa === pb ? 1 : 0 });
  }
  return examples;
}

/** Logistic regression by gradient descent on standardised features; weights returned on the raw scale. */
function fit(examples: Example[]): LinkModel {
  const d = LINK_FEATURES.length;
  const mean = new Array<number>(d).fill(0);
  const spread = new Array<number>(d).fill(0);
  for (const e of examples) e.x.forEach((v, k) => (mean[k] += v / examples.length));
  for (const e of examples) e.x.forEach((v, k) => (spread[k] += (v - mean[k]) ** 2 / examples.length));
  for (let k = 0; k < d; k++) spread[k] = Math.sqrt(spread[k]) || 1;
  const standard = examples.map((e) => e.x.map((v, k) => (v - mean[k]) / spread[k]));
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    let gradientBias = 0;
    standard.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(bias + x.reduce((s, v, k) => s + w[k] * v, 0))));
      const error = p - examples[i].linked;
      x.forEach((v, k) => (gradient[k] += error * v));
      gradientBias += error;
    });
    for (let k = 0; k < d; k++) w[k] -= (LEARNING_RATE * (gradient[k] + L2 * w[k])) / examples.length;
    bias -= (LEARNING_RATE * gradientBias) / examples.length;
  }
  const weights = Object.fromEntries(LINK_FEATURES.map((name, k) => [name, round(w[k] / spread[k])])) as LinkModel['weights'];
  const rawBias = bias - LINK_FEATURES.reduce((s, _, k) => s + (w[k] * mean[k]) / spread[k], 0);
  return { weights, bias: round(rawBias), threshold: THRESHOLD };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function readWith(folder: string, model: LinkModel) {
  return scoreAgainstGold(analyze(loadCaseFolder(folder), { ...DEFAULT_ALIGNMENT, model }), readGold(folder));
}

function report(label: string, scores: { right: number; total: number }[]): string {
  const right = scores.reduce((s, x) => s + x.right, 0);
  const total = scores.reduce((s, x) => s + x.total, 0);
  return `${label.padEnd(28)} ${right}/${total} points (${scores.map((s) => `${s.right}/${s.total}`).join(' ')})`;
}

const fitting = FITTING_ROOTS.flatMap(caseFolders);
const examples = new Map(fitting.map((folder) => [folder, examplesOf(folder)]));
const model = fit([...examples.values()].flat());
const all = [...examples.values()].flat();
console.log(`fitted on ${fitting.length} cases, ${all.length} labelled pairs (${all.filter((e) => e.linked).length} linked)`);
for (const root of FITTING_ROOTS) {
  const folders = caseFolders(root);
  const leftOut = folders.map((folder) => readWith(folder, fit(fitting.filter((f) => f !== folder).flatMap((f) => examples.get(f)!))));
  console.log(report(`${root} (left out)`, leftOut));
}
console.log(report(`${VALIDATION_ROOT}`, caseFolders(VALIDATION_ROOT).map((folder) => readWith(folder, model))));
const json = `${JSON.stringify({ note: 'Fitted by tools/fit-link-model.ts; do not edit by hand.', ...model }, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(MODEL_FILE, 'utf8') !== json) {
    console.error('engine/data/link-model.json is not what the fitting cases give: run npm run fit:link-model');
    process.exit(1);
  }
} else {
  writeFileSync(MODEL_FILE, json);
  console.log(`wrote ${MODEL_FILE}`);
}
