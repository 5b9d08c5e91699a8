/** The core with literal data and instants: every phase of the summit, and the time-zone trap. */
import { byDay, filterSessions, fold, inProgress, latestUntil, nextSessions, roomsOf, topicsOf, whatsOn } from '../../src/core/agenda';
import { DAYS, SESSIONS as sessions, SESSIONS } from '../literal';

const ids = (list: { id: string }[]) => list.map((s) => s.id);
const at = (iso: string) => new Date(iso);

describe('whatsOn', () => {
  it('reads 14:45Z as 10:45 EDT: Session 2 in both rooms (UTC-5 would say Session 1)', () => {
    const r = whatsOn(sessions, DAYS, at('2007-04-17T14:45:00Z'));
    expect(r.phase).toBe('during');
    expect(ids(r.now)).toEqual(['tue-2a', 'tue-2b']);
    expect(ids(r.next)).toEqual(['tue-3a', 'tue-3b']);
  });

  it('before the summit: counts down to the plenary', () => {
    const r = whatsOn(sessions, DAYS, at('2007-04-17T11:59:00Z'));
    expect(r.phase).toBe('before');
    expect(r.now).toEqual([]);
    expect(ids(r.next)).toEqual(['tue-0']);
    expect(r.opens?.toISOString()).toBe('2007-04-17T12:00:00.000Z');
  });

  it('a session is in progress from its start, and over at its end', () => {
    expect(ids(whatsOn(sessions, DAYS, at('2007-04-17T12:00:00Z')).now)).toEqual(['tue-0']);
    const atEnd = whatsOn(sessions, DAYS, at('2007-04-17T12:15:00Z'));
    expect(ids(atEnd.now)).toEqual(['tue-1a', 'tue-1b']);
    expect(inProgress(sessions.find((s) => s.id === 'tue-1a')!, at('2007-04-17T14:00:00Z'))).toBe(false);
  });

  it('in a break: nothing on, the next session both tracks', () => {
    const r = whatsOn(sessions, DAYS, at('2007-04-17T14:10:00Z'));
    expect(r.phase).toBe('break');
    expect(r.pause).toBe('between');
    expect(r.now).toEqual([]);
    expect(ids(r.next)).toEqual(['tue-2a', 'tue-2b']);
  });

  it('during the dinner, which is for everyone', () => {
    const r = whatsOn(sessions, DAYS, at('2007-04-17T23:30:00Z'));
    expect(r.phase).toBe('during');
    expect(ids(r.now)).toEqual(['tue-dinner']);
    expect(ids(r.next)).toEqual(['wed-5']);
  });

  it('overnight between the days: next is Wednesday at 08:25', () => {
    const r = whatsOn(sessions, DAYS, at('2007-04-18T03:00:00Z'));
    expect(r.phase).toBe('break');
    expect(r.pause).toBe('day-over');
    expect(whatsOn(sessions, DAYS, at('2007-04-18T05:00:00Z')).pause).toBe('day-not-begun');
    expect(ids(r.next)).toEqual(['wed-5']);
    expect(r.next[0].startsAt.toISOString()).toBe('2007-04-18T12:25:00.000Z');
  });

  it('Session 7 ends as the BOF begins: at 15:30 only the BOF is on', () => {
    const r = whatsOn(sessions, DAYS, at('2007-04-18T19:30:00Z'));
    expect(ids(r.now)).toEqual(['wed-bof']);
  });

  it('the open-ended BOF is in progress until the end of that day, and then the summit is over', () => {
    expect(ids(whatsOn(sessions, DAYS, at('2007-04-19T03:59:00Z')).now)).toEqual(['wed-bof']);
    const after = whatsOn(sessions, DAYS, at('2007-04-19T04:00:00Z'));
    expect(after.phase).toBe('after');
    expect(after.now).toEqual([]);
    expect(after.next).toEqual([]);
    expect(after.closes?.toISOString()).toBe('2007-04-19T04:00:00.000Z');
    expect(after.closesOpenEnded).toBe(true);
    expect(after.pause).toBeUndefined();
  });

  it('with --track B keeps Track B and the sessions for everyone', () => {
    const b = filterSessions(sessions, { track: 'B' });
    expect(ids(whatsOn(b, DAYS, at('2007-04-17T14:45:00Z')).now)).toEqual(['tue-2b']);
    expect(ids(whatsOn(b, DAYS, at('2007-04-17T12:05:00Z')).now)).toEqual(['tue-0']);
  });
});

describe('nextSessions', () => {
  it('returns every session that shares the soonest start', () => {
    expect(ids(nextSessions(sessions, at('2007-04-17T12:05:00Z')))).toEqual(['tue-1a', 'tue-1b']);
  });
  it('does not count a session starting exactly now as next', () => {
    expect(ids(nextSessions(sessions, at('2007-04-17T14:30:00Z')))).toEqual(['tue-3a', 'tue-3b']);
  });
});

describe('filterSessions', () => {
  it('combines day, track and chair', () => {
    expect(ids(filterSessions(sessions, { date: '2007-04-17', track: 'A', chair: 'deegan' }))).toEqual(['tue-1a']);
    expect(ids(filterSessions(sessions, { date: '2007-04-18', track: 'B' }))).toEqual(['wed-5', 'wed-6', 'wed-7', 'wed-bof']);
  });
  it('matches chairs on any part, ignoring case and accents', () => {
    expect(ids(filterSessions(sessions, { chair: 'NIEUWÉJAAR' }))).toEqual(['tue-3b']);
    expect(ids(filterSessions(sessions, { chair: 'renato' }))).toEqual(['tue-4a']);
    expect(filterSessions(sessions, { chair: 'nobody' })).toEqual([]);
  });
  it('fold drops accents and case', () => {
    expect(fold('Ça Été')).toBe('ca ete');
  });
});

describe('byDay and latestUntil', () => {
  it('groups sessions by conference day, in the days\' order, keeping their order', () => {
    const groups = byDay(DAYS, [...sessions].reverse());
    expect(groups.map((g) => g.day.date)).toEqual(['2007-04-17', '2007-04-18']);
    expect(ids(groups[1].sessions)).toEqual(['wed-bof', 'wed-7', 'wed-6', 'wed-5']);
    expect(byDay(DAYS, []).map((g) => g.sessions)).toEqual([[], []]);
  });
  it('finds the latest end of many sessions without spreading them', () => {
    const many = Array.from({ length: 200_000 }, () => sessions[0]);
    expect(latestUntil([...many, sessions[9]])?.toISOString()).toBe('2007-04-18T01:00:00.000Z');
    expect(latestUntil([])).toBeNull();
  });
});

describe('filters for other conferences: topic, room, person', () => {
  const talk = (id: string, room: string, topic: string | null, speakers: string[]) => ({ ...SESSIONS[0], id, room, topic, speakers, track: null, chair: null });
  const sessions = [talk('1', 'Saal 1', 'Science', ['Ada Lovelace']), talk('2', 'Saal 2', 'Art', ['Björn Ström']), talk('3', 'Saal 1', null, [])];

  it('topic keeps that topic only (no "for everyone" as with summit tracks)', () => {
    expect(filterSessions(sessions, { topic: 'Science' }).map((s) => s.id)).toEqual(['1']);
  });

  it('room keeps one room', () => {
    expect(filterSessions(sessions, { room: 'Saal 1' }).map((s) => s.id)).toEqual(['1', '3']);
  });

  it('person matches any part of a speaker or chair, ignoring case and accents', () => {
    expect(filterSessions(sessions, { person: 'strom' }).map((s) => s.id)).toEqual(['2']);
    expect(filterSessions(SESSIONS, { person: 'FRASER' }).map((s) => s.id)).toEqual(['wed-7']);
  });

  it('topicsOf and roomsOf list what the sessions name', () => {
    expect(topicsOf(sessions)).toEqual(['Art', 'Science']);
    expect(roomsOf(sessions)).toEqual(['Saal 1', 'Saal 2']);
  });
});
