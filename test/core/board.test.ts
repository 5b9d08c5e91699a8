/** The board's logic with literal data and instants: lanes, progress, "began N min ago", changes. */
import { changesBetween, justBegun, lanesAt, nextChange, nextMinute, progress, startOfMinute } from '../../src/core/board';
import { filterSessions } from '../../src/core/agenda';
import { CONFERENCE, SESSIONS as sessions } from '../literal';

const at = (iso: string) => new Date(iso);
const byId = (id: string) => sessions.find((s) => s.id === id)!;
const shown = (lanes: ReturnType<typeof lanesAt>) => lanes.map((l) => [l.track, l.room, l.now?.id ?? null, l.next?.id ?? null, l.later.map((s) => s.id)]);

describe('lanesAt', () => {
  it('10:20 EDT: a lane per track and room, nothing on, Session 2 next, the rest of the day later', () => {
    expect(shown(lanesAt(CONFERENCE, sessions, at('2007-04-17T14:20:00Z')))).toEqual([
      ['A', 'Yorktown Auditorium', null, 'tue-2a', ['tue-3a', 'tue-4a', 'tue-dinner']],
      ['B', 'Meeting Room #2', null, 'tue-2b', ['tue-3b', 'tue-4b', 'tue-dinner']],
    ]);
  });

  it('the plenary is on in both lanes, but each lane has its own next session', () => {
    const lanes = lanesAt(CONFERENCE, sessions, at('2007-04-17T12:05:00Z'));
    expect(shown(lanes).map((l) => l.slice(0, 4))).toEqual([
      ['A', 'Yorktown Auditorium', 'tue-0', 'tue-1a'],
      ['B', 'Meeting Room #2', 'tue-0', 'tue-1b'],
    ]);
  });

  it('one lane for everyone when every lane shows the same sessions for everyone (Wednesday, the evening)', () => {
    expect(shown(lanesAt(CONFERENCE, sessions, at('2007-04-18T14:45:00Z')))).toEqual([[null, null, 'wed-6', 'wed-7', ['wed-bof']]]);
    expect(shown(lanesAt(CONFERENCE, sessions, at('2007-04-17T21:30:00Z')))).toEqual([[null, null, null, 'tue-dinner', []]]);
  });

  it('--track B keeps one lane, its room named, even on Wednesday', () => {
    const trackB = filterSessions(sessions, { track: 'B' });
    expect(shown(lanesAt(CONFERENCE, trackB, at('2007-04-18T14:45:00Z')))).toEqual([['B', 'Meeting Room #2', 'wed-6', 'wed-7', ['wed-bof']]]);
  });

  it('the open-ended BOF is on until the end of Wednesday; after that nothing is on or next', () => {
    expect(shown(lanesAt(CONFERENCE, sessions, at('2007-04-19T03:59:00Z')))).toEqual([[null, null, 'wed-bof', null, []]]);
    expect(shown(lanesAt(CONFERENCE, sessions, at('2007-04-19T04:00:00Z')))).toEqual([[null, null, null, null, []]]);
  });

  it('data without tracks: one lane for everyone', () => {
    const untracked = sessions.map((s) => ({ ...s, track: null }));
    expect(lanesAt(CONFERENCE, untracked, at('2007-04-17T14:45:00Z')).map((l) => [l.track, l.now?.id])).toEqual([[null, 'tue-2a']]);
  });
});

describe('progress, justBegun, minutes', () => {
  const s2 = byId('tue-2a');
  it('runs from 0 at the start to 1 at the end, and stays within', () => {
    expect(progress(s2, at('2007-04-17T14:30:00Z'))).toBe(0);
    expect(progress(s2, at('2007-04-17T15:30:00Z'))).toBe(0.5);
    expect(progress(s2, at('2007-04-17T16:30:00Z'))).toBe(1);
    expect(progress(s2, at('2007-04-17T10:00:00Z'))).toBe(0);
    expect(progress(s2, at('2007-04-18T10:00:00Z'))).toBe(1);
  });

  it('says "began N min ago" for the first ten minutes only', () => {
    expect(justBegun(s2, at('2007-04-17T14:30:00Z'))).toBe(0);
    expect(justBegun(s2, at('2007-04-17T14:35:59Z'))).toBe(5);
    expect(justBegun(s2, at('2007-04-17T14:39:59Z'))).toBe(9);
    expect(justBegun(s2, at('2007-04-17T14:40:00Z'))).toBeUndefined();
    expect(justBegun(s2, at('2007-04-17T14:29:59Z'))).toBeUndefined();
  });

  it('shows whole minutes, and redraws at the next minute', () => {
    expect(startOfMinute(at('2007-04-17T14:21:40Z')).toISOString()).toBe('2007-04-17T14:21:00.000Z');
    expect(startOfMinute(at('2007-04-17T14:21:00Z')).toISOString()).toBe('2007-04-17T14:21:00.000Z');
    expect(nextMinute(at('2007-04-17T14:20:00Z')).toISOString()).toBe('2007-04-17T14:21:00.000Z');
    expect(nextMinute(at('2007-04-17T14:20:59.999Z')).toISOString()).toBe('2007-04-17T14:21:00.000Z');
  });
});

describe('changesBetween and nextChange', () => {
  it('10:20 to 12:30: Session 2 begins in both rooms, then ends (what ends before what begins)', () => {
    const changes = changesBetween(sessions, at('2007-04-17T14:20:00Z'), at('2007-04-17T17:30:00Z'));
    expect(changes.map((c) => `${c.at.toISOString().slice(11, 16)} ${c.kind} ${c.session.id}`)).toEqual([
      '14:30 began tue-2a',
      '14:30 began tue-2b',
      '16:30 ended tue-2a',
      '16:30 ended tue-2b',
      '17:30 began tue-3a',
      '17:30 began tue-3b',
    ]);
  });

  it('excludes the start instant, includes the end instant', () => {
    expect(changesBetween(sessions, at('2007-04-17T14:30:00Z'), at('2007-04-17T14:30:00Z'))).toEqual([]);
    expect(changesBetween(sessions, at('2007-04-17T14:29:00Z'), at('2007-04-17T14:30:00Z'))).toHaveLength(2);
  });

  it('the BOF begins but never "ends"; after it nothing is left to happen', () => {
    const wed = changesBetween(sessions, at('2007-04-18T19:00:00Z'), at('2007-04-19T04:00:00Z'));
    expect(wed.map((c) => `${c.kind} ${c.session.id}`)).toEqual(['ended wed-7', 'began wed-bof']);
    expect(nextChange(sessions, at('2007-04-17T14:20:00Z'))?.toISOString()).toBe('2007-04-17T14:30:00.000Z');
    expect(nextChange(sessions, at('2007-04-18T19:30:00Z'))).toBeNull();
  });
});
