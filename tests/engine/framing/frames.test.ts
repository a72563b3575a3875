import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cuesOf, framingOf } from './framing-helpers';
import { FRAME_DESCRIPTIONS, FRAME_LEMMAS } from '../../../engine/lexicons/framing/frames';
import { analyze } from '../../../engine/index';

describe('frame words', () => {
  it('counts inflected forms by their lemma', () => {
    const frames = cuesOf('The courts extradited two bankers after the elections.').frames;
    expect(frames.map((f) => [f.text, f.lemma, f.frame])).toEqual([
      ['courts', 'court', 'legality'],
      ['extradited', 'extradite', 'legality'],
      ['bankers', 'banker', 'economy'],
      ['elections', 'election', 'politics'],
    ]);
  });

  it('reads hyphenated compounds whole', () => {
    expect(cuesOf('The senate held a no-confidence vote on Tuesday.').frames.map((f) => f.lemma)).toContain('no-confidence');
  });

  it('does not count names, idioms or a noun-only lemma used otherwise', () => {
    expect(cuesOf('Green Peace International opened an office in the town.').frames.map((f) => f.lemma)).not.toContain('international');
    expect(cuesOf('The council wants the new road at all costs.').frames.map((f) => f.lemma)).not.toContain('cost');
    expect(cuesOf('The council turned right after the bridge opened.').frames).toEqual([]);
  });

  it('keeps every lemma in one frame only, with a description for each frame', () => {
    const seen = new Map<string, string>();
    for (const [frame, lemmas] of Object.entries(FRAME_LEMMAS)) {
      for (const lemma of lemmas) {
        expect(seen.get(lemma), `${lemma} in ${frame}`).toBeUndefined();
        seen.set(lemma, frame);
      }
      expect(FRAME_DESCRIPTIONS[frame as keyof typeof FRAME_DESCRIPTIONS]).toBeTruthy();
    }
  });

  it('profiles a source by the share of its claims in each frame', () => {
    const [profile] = framingOf('The court convicted the mayor of fraud. The mayor went to prison. The budget grew.').frames;
    expect(profile.claims).toBe(3);
    expect(profile.top).toBe('crime');
    expect(profile.shares[0]).toEqual({ frame: 'crime', claims: 2, share: 0.667 });
  });

  it('gives the three sources of the sample case different top frames', () => {
    const dir = 'samples/ablyazov-2013/';
    const manifest = JSON.parse(readFileSync(dir + 'case.json', 'utf8')) as { title: string; sources: { id: string; name: string; file: string }[] };
    const sources = manifest.sources.map((s) => ({ id: s.id, name: s.name, text: readFileSync(dir + s.file, 'utf8') }));
    const { framing } = analyze({ title: manifest.title, sources });
    const tops = framing.frames.map((p) => p.top);
    expect(new Set(tops).size).toBe(3);
  });
});
