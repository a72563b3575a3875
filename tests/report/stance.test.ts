// One stance rule for the views and the exports: a matrix cell reads the same in the app and in a report.
import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../report/model';
import type { Point } from '../../engine/types';

const agreement = { kind: 'same-content' as const, claims: ['a:c1', 'b:c1'], cues: [], detail: '' };

describe('stanceOf', () => {
  it('reads the engine: silent, only, agrees, and in a contested point agrees only with a same-content reason', () => {
    const contested: Point = { id: 'p', status: 'contested', claims: ['a:c1', 'b:c1', 'c:c1'], reasons: [agreement] };
    expect(stanceOf(contested, [])).toBe('silent');
    expect(stanceOf({ ...contested, status: 'unique', claims: ['a:c1'] }, ['a:c1'])).toBe('only');
    expect(stanceOf({ ...contested, status: 'agreed' }, ['a:c1'])).toBe('agrees');
    expect(stanceOf(contested, ['a:c1'])).toBe('agrees');
    expect(stanceOf(contested, ['c:c1'])).toBe('contests');
  });

  it('a point the user made contested: the engine\'s agreement no longer speaks for any source', () => {
    const relabelled: Point = { id: 'p', status: 'contested', claims: ['a:c1', 'b:c1'], reasons: [agreement], decidedBy: 'user', engineStatus: 'agreed' };
    expect(stanceOf(relabelled, ['a:c1'])).toBe('contests');
    expect(stanceOf({ ...relabelled, engineStatus: 'contested' }, ['a:c1'])).toBe('agrees');
  });
});
