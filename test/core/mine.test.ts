/** The pure parts of My summit on literal data: set operations, conflicts, reminders due, share strings. */
import fc from 'fast-check';
import { SESSIONS } from '../literal';
import { EMPTY, addHidden, addReminded, addStars, hiddenBy, missingStars, removeHidden, removeReminded, removeStars, visibleSessions } from '../../src/core/mine';
import { conflicts } from '../../src/core/conflicts';
import { dueReminders } from '../../src/core/remind';
import { decodeShare, encodeShare } from '../../src/core/share';
import { UsageError } from '../../src/errors';

const byId = (id: string) => SESSIONS.find((s) => s.id === id)!;
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('set operations', () => {
  it('leave their argument as it was and are idempotent', () => {
    const one = addStars(EMPTY, ['tue-2a'], 'high');
    expect(EMPTY.stars).toEqual({});
    expect(addStars(one, ['tue-2a'], 'high')).toEqual(one);
    expect(removeStars(removeStars(one, ['tue-2a']), ['tue-2a'])).toEqual(EMPTY);
    const hidden = addHidden(addHidden(EMPTY, { tracks: ['B'], sessions: [] }), { tracks: ['B'], sessions: ['tue-0'] });
    expect(hidden.hidden).toEqual({ tracks: ['B'], sessions: ['tue-0'] });
    expect(removeHidden(hidden, { tracks: ['B'], sessions: ['tue-0'] }).hidden).toEqual(EMPTY.hidden);
  });

  it('a star added by one change and another by a second are both kept, in any order (what concurrent changes rely on)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids(SESSIONS)), { maxLength: 14 }), (list) => {
        const forwards = list.reduce((m, id) => addStars(m, [id], 'normal'), EMPTY);
        const backwards = [...list].reverse().reduce((m, id) => addStars(m, [id], 'normal'), EMPTY);
        expect(Object.keys(forwards.stars).sort()).toEqual([...list].sort());
        expect(JSON.stringify(forwards)).toBe(JSON.stringify(backwards));
      }),
    );
  });

  it('hidden by track or by id; --all and --mine choose what is shown; vanished stars are reported', () => {
    const mine = addStars(addHidden(EMPTY, { tracks: ['B'], sessions: ['tue-dinner'] }), ['tue-2a', 'gone-1'], 'normal');
    expect(hiddenBy(mine, byId('tue-2b'))).toBe('track');
    expect(hiddenBy(mine, byId('tue-dinner'))).toBe('session');
    expect(hiddenBy(mine, byId('tue-0'))).toBeUndefined();
    expect(visibleSessions(SESSIONS, mine)).toHaveLength(9);
    expect(visibleSessions(SESSIONS, mine, { all: true })).toHaveLength(14);
    expect(ids(visibleSessions(SESSIONS, mine, { onlyMine: true }))).toEqual(['tue-2a']);
    expect(missingStars(SESSIONS, mine)).toEqual(['gone-1']);
  });

  it('forgets an announcement only if it is still the one recorded', () => {
    const a = { start: '2007-04-17T10:30:00-04:00', room: 'Yorktown Auditorium' };
    const b = { start: '2007-04-17T10:35:00-04:00', room: 'Yorktown Auditorium' };
    const mine = addReminded(EMPTY, { 'tue-2a': b });
    expect(removeReminded(mine, { 'tue-2a': a }).reminded).toEqual({ 'tue-2a': b });
    expect(removeReminded(mine, { 'tue-2a': b }).reminded).toEqual({});
  });
});

describe('conflicts', () => {
  it('pairs the sessions that overlap, both ways; touching ends do not overlap', () => {
    const c = conflicts(['tue-1a', 'tue-2a', 'tue-2b', 'tue-3b', 'tue-4a', 'tue-4b', 'wed-7', 'wed-bof'].map(byId));
    expect([...c.keys()].sort()).toEqual(['tue-2a', 'tue-2b', 'tue-4a', 'tue-4b']);
    expect(ids(c.get('tue-2a')!)).toEqual(['tue-2b']);
    expect(ids(c.get('tue-4b')!)).toEqual(['tue-4a']);
  });

  it('agrees with comparing every pair', () => {
    fc.assert(
      fc.property(fc.subarray(SESSIONS), (subset) => {
        const c = conflicts(subset);
        for (const a of subset) {
          const expected = subset.filter((b) => b !== a && a.startsAt < b.until && b.startsAt < a.until).map((b) => b.id).sort();
          expect((c.get(a.id) ?? []).map((b) => b.id).sort()).toEqual(expected);
        }
      }),
    );
  });
});

describe('reminders due', () => {
  const startOf = (s: { startsAt: Date }) => s.startsAt.toISOString();
  it('are the sessions starting in [at, at + window], not yet announced as they are now', () => {
    const at = new Date('2007-04-17T14:20:00Z');
    const all = ['tue-1a', 'tue-2a', 'tue-3a'].map(byId);
    expect(ids(dueReminders(all, EMPTY, at, 10 * 60_000, startOf).map((d) => d.session))).toEqual(['tue-2a']);
    expect(dueReminders(all, EMPTY, at, 9 * 60_000, startOf)).toEqual([]);
    const done = addReminded(EMPTY, { 'tue-2a': { start: '2007-04-17T14:30:00.000Z', room: 'Yorktown Auditorium' } });
    expect(dueReminders(all, done, at, 10 * 60_000, startOf)).toEqual([]);
    const moved = addReminded(EMPTY, { 'tue-2a': { start: '2007-04-17T14:30:00.000Z', room: 'Meeting Room #2' } });
    expect(dueReminders(all, moved, at, 10 * 60_000, startOf)[0].before).toEqual({ start: '2007-04-17T14:30:00.000Z', room: 'Meeting Room #2' });
  });
});

describe('share strings', () => {
  it('round-trip any stars', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/);
    fc.assert(
      fc.property(fc.dictionary(id, fc.constantFrom('high' as const, 'normal' as const)), (stars) => {
        expect(decodeShare(encodeShare({ acronym: 'xensummit-2007', stars }))).toEqual({ acronym: 'xensummit-2007', stars });
      }),
    );
  });

  it('leaves out ids no data file could have', () => {
    expect(decodeShare(encodeShare({ acronym: 'x', stars: { 'tue-2a': 'high', 'a\nb': 'normal', 'c!': 'normal' } })).stars).toEqual({ 'tue-2a': 'high' });
  });

  it('anything else is a usage error, never another exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `xs1.${s}`), fc.base64String().map((s) => `xs1.${s.replace(/=/g, '')}.abcdef`)), (text) => {
        try {
          decodeShare(text);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          expect((error as Error).message.split('\n')).toHaveLength(1);
        }
      }),
    );
  });
});
