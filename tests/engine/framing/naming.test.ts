import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { framingOf } from './framing-helpers';
import { analyze } from '../../../engine/index';

describe('naming', () => {
  it('lists the actors two sources share, with each source\'s names and descriptions', () => {
    const { actors, labels } = framingOf(
      'Police arrested fugitive banker Viktor Orlan in Lyon. Orlan denies the charges.',
      'Mr Orlan, a political opponent of the president, was detained in Lyon.',
    ).naming;
    expect(actors.map((a) => a.name)).toContain('Viktor Orlan');
    const forOrlan = labels.filter((l) => l.actor === actors.find((a) => a.name === 'Viktor Orlan')!.key);
    expect(forOrlan.map((l) => [l.source, l.kind, l.text])).toEqual([
      ['s1', 'description', 'fugitive banker'],
      ['s1', 'name', 'Viktor Orlan'],
      ['s1', 'name', 'Orlan'],
      ['s2', 'name', 'Mr Orlan'],
      ['s2', 'description', 'a political opponent of the president'],
    ]);
  });

  it('follows a description\'s head noun to the same actor ("the ambassador")', () => {
    const { labels } = framingOf(
      'Lena Varga, the ambassador in Paris, met the minister. Later the ambassador left.',
      'Lena Varga returned home on Friday.',
    ).naming;
    expect(labels.filter((l) => l.source === 's1' && l.kind === 'description').map((l) => l.text)).toEqual(['the ambassador in Paris', 'the ambassador']);
  });

  it('does not take a word of origin before a noun for an actor, but does take the same word standing alone', () => {
    const origin = framingOf('Varnish diplomats flew the family home on Monday.', 'The Varnish authorities deny any wrongdoing.').naming;
    expect(origin.actors.map((a) => a.name)).not.toContain('Varnish');
    const actor = framingOf('Varnish diplomats flew the family home on Monday.', 'Officials in Varnish deny any wrongdoing.').naming;
    expect(actor.actors.map((a) => a.name)).toContain('Varnish');
  });

  it('does not take a month or a capitalised sentence opener for an actor', () => {
    const { actors } = framingOf(
      'In May the river flooded the town. Residents left their homes.',
      'In May the dam failed. Residents were moved to the school.',
    ).naming;
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('shows at least two labels for Ablyazov across the sample case', () => {
    const dir = 'samples/ablyazov-2013/';
    const manifest = JSON.parse(readFileSync(dir + 'case.json', 'utf8')) as { title: string; sources: { id: string; name: string; file: string }[] };
    const sources = manifest.sources.map((s) => ({ id: s.id, name: s.name, text: readFileSync(dir + s.file, 'utf8') }));
    const { naming } = analyze({ title: manifest.title, sources }).framing;
    const ablyazov = naming.actors.find((a) => a.name.endsWith('Ablyazov'))!;
    expect(ablyazov.sources).toHaveLength(3);
    const texts = new Set(naming.labels.filter((l) => l.actor === ablyazov.key).map((l) => l.text));
    expect(texts.size).toBeGreaterThanOrEqual(2);
  });
});

describe('speakers', () => {
  it('gives each speaker their claims, characters and role, and the rest to the source itself', () => {
    const [{ speakers }] = framingOf(
      'The dam failed on Monday. "We warned them for years," said Ana Ruiz, a resident. Interior Minister Paul Kerr said that the dam was inspected. Kerr said that repairs will start soon.',
    ).speakers;
    const byName = new Map(speakers.map((s) => [s.name, s]));
    expect(byName.get('Source 1')).toMatchObject({ role: 'source-itself', claims: ['s1:c1'] });
    expect(byName.get('Interior Minister Paul Kerr')).toMatchObject({ role: 'official', claims: ['s1:c3', 's1:c4'] });
    expect(byName.get('Ana Ruiz')?.claims).toEqual(['s1:c2']);
    expect(speakers.reduce((n, s) => n + s.claims.length, 0)).toBe(4);
    expect(speakers[0].characters).toBeGreaterThanOrEqual(speakers[1].characters);
  });
});

describe('determinism', () => {
  it('gives byte-identical framing for the same input', () => {
    const text = 'The regime allegedly jailed the dissident. "He is clearly a hero," his lawyer said.';
    expect(JSON.stringify(framingOf(text, text))).toBe(JSON.stringify(framingOf(text, text)));
  });

  it('has one claim framing per claim, in the order of Analysis.claims', () => {
    const analysis = analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: 'The mayor resigned. "It was clearly fraud," a resident said. Police may investigate.' }] });
    expect(analysis.framing.claims.map((c) => c.claim)).toEqual(analysis.claims.map((c) => c.id));
  });
});
