// @vitest-environment happy-dom
// The framing lens in the renderer: which cues each layer puts where, how a run of prose is cut
// around them, the voices draft of "New case from an article", and the Framing panel's tables.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { analyze } from '../../engine/analyze';
import type { VoiceSplit } from '../../engine/types';
import { lensCues, type LensLayer } from '../../renderer/framing/lens-model';
import { lensText } from '../../renderer/framing/LensText';
import { NamingTable } from '../../renderer/framing/NamingTable';
import { SpeakersTable } from '../../renderer/framing/SpeakersTable';
import { frameRows } from '../../renderer/framing/frame-data';
import { draftCase, draftFrom, draftProblem, includeVoice, mergeVoices, renameVoice } from '../../renderer/framing/voices-draft';
import { sampleCaseDocument } from './fixtures';

afterEach(cleanup);

const doc = sampleCaseDocument();
const analysis = analyze({ title: doc.title, sources: doc.sources.map(({ id, name, kind, text }) => ({ id, name, kind, text })) });
const claims = new Map(analysis.claims.map((c) => [c.id, c]));
const input = { framing: analysis.framing, claimOnScreen: (id: string) => claims.get(id), sourceName: (id: string) => doc.sources.find((s) => s.id === id)!.name };
const cuesOf = (...layers: LensLayer[]) => [...lensCues(input, new Set(layers)).values()].flat();

describe('lens cues', () => {
  it('gives each layer only its own cues, inside its source', () => {
    expect(cuesOf()).toEqual([]);
    const loaded = cuesOf('loaded');
    expect(loaded.length).toBe(analysis.framing.claims.reduce((n, c) => n + c.loaded.length, 0));
    expect(new Set(loaded.map((c) => c.layer))).toEqual(new Set(['loaded']));
    for (const cue of loaded) expect(doc.sources.find((s) => cue.claim.startsWith(`${s.id}:`))!.text.slice(cue.start, cue.end)).toBe(cue.text);
    expect(loaded.filter((c) => c.negated).every((c) => c.badge === 'not' && c.label.includes('negated'))).toBe(true);
    expect(loaded.filter((c) => c.quoted).every((c) => c.label.includes('quoted: the speaker’s word'))).toBe(true);
  });

  it('tags each statement reported from someone else with its speaker, never the source’s own voice', () => {
    const tags = cuesOf('speakers');
    const reported = analysis.framing.speakers.flatMap((s) => s.speakers).filter((s) => s.role !== 'source-itself');
    expect(tags.map((t) => t.claim).sort()).toEqual(reported.flatMap((s) => s.claims).sort());
    expect(tags.every((t) => t.start === t.end && t.start === claims.get(t.claim)!.start)).toBe(true);
  });

  it('cuts a run of text around its cues and keeps every character', () => {
    const cues = cuesOf('loaded', 'hedges', 'attribution');
    const source = doc.sources[0];
    const { container } = render(<p>{lensText(source.text, 0, cues.filter((c) => c.claim.startsWith(`${source.id}:`)))}</p>);
    const marks = container.querySelectorAll('.lens-cue');
    expect(marks.length).toBeGreaterThan(0);
    for (const el of container.querySelectorAll('.sr-only, .lens-badge')) el.remove();
    expect(container.textContent).toBe(source.text);
    expect(lensText('plain words', 0, [])).toBe('plain words');
  });
});

describe('the Framing panel tables', () => {
  const sources = doc.sources.map((s, i) => ({ id: s.id, name: s.name, number: i + 1 }));

  it('names each shared actor per source, with names and descriptions told apart', () => {
    render(<NamingTable naming={analysis.framing.naming} sources={sources} />);
    const table = screen.getByRole('table', { name: /names the actors/ });
    expect(within(table).getAllByRole('row')).toHaveLength(analysis.framing.naming.actors.length + 1);
    const descriptions = analysis.framing.naming.labels.filter((l) => l.kind === 'description');
    expect(table.querySelectorAll('.naming-phrase--description').length).toBe(new Set(descriptions.map((l) => `${l.source}|${l.actor}|${l.quoted}|${l.text}`)).size);
  });

  it('lists every speaker of every source with the share of its words', () => {
    const { container } = render(<SpeakersTable speakers={analysis.framing.speakers} sources={sources} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(analysis.framing.speakers.reduce((n, s) => n + s.speakers.length, 0));
  });

  it('charts only the frames some source uses, as percentages', () => {
    const rows = frameRows(analysis.framing.frames, sources.map((s) => s.id));
    const used = new Set(analysis.framing.frames.flatMap((p) => p.shares.map((s) => s.frame)));
    expect(rows.map((r) => r.frame).sort()).toEqual([...used].sort());
    const first = analysis.framing.frames[0];
    expect(rows.find((r) => r.frame === first.shares[0].frame)![first.source]).toBe(Math.round(first.shares[0].share * 1000) / 10);
  });
});

describe('voices draft', () => {
  const article = 'Amnesty said the trial was unfair. The minister said it was fair. Critics said nothing. The weather was mild.';
  const span = (text: string) => ({ start: article.indexOf(text), end: article.indexOf(text) + text.length, text });
  const split: VoiceSplit = {
    voices: [
      { id: 'v1', name: 'Amnesty', role: 'advocate', speakers: [], spans: [span('Amnesty said the trial was unfair.')] },
      { id: 'v2', name: 'Government', role: 'official', speakers: ['the minister'], spans: [span('The minister said it was fair.')] },
      { id: 'v3', name: 'Critics', role: 'other', speakers: [], spans: [span('Critics said nothing.')] },
    ],
    narration: [span('The weather was mild.')],
  };

  it('opens one source per voice kept, named after it, its statements joined by blank lines', () => {
    let draft = draftFrom(split, 'Trial');
    draft = mergeVoices(draft, 'v3', 'v1');
    draft = renameVoice(draft, 'v1', 'Rights groups');
    const kase = draftCase({ ...draft, keepNarration: true });
    expect(kase.title).toBe('Trial');
    expect(kase.sources.map((s) => [s.name, s.kind, s.text])).toEqual([
      ['Rights groups', 'advocate', 'Amnesty said the trial was unfair.\n\nCritics said nothing.'],
      ['Government', 'official', 'The minister said it was fair.'],
      ['The article’s own voice', 'narration', 'The weather was mild.'],
    ]);
  });

  it('says what stops the case from opening', () => {
    const draft = draftFrom(split, 'Trial');
    expect(draftProblem(draft)).toBeNull();
    expect(draftProblem(renameVoice(draft, 'v2', 'amnesty'))).toMatch(/Two voices are called/);
    expect(draftProblem(renameVoice(draft, 'v2', '  '))).toMatch(/needs a name/);
    const none = ['v1', 'v2', 'v3'].reduce((d, id) => includeVoice(d, id, false), draft);
    expect(draftProblem(none)).toMatch(/at least one voice/);
    expect(draftCase(includeVoice(draft, 'v2', false)).sources.map((s) => s.name)).toEqual(['Amnesty', 'Critics']);
  });
});
