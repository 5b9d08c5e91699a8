import { changeCount, scheduleChanges } from '../../src/core/changes';
import { CONFERENCE, SESSIONS } from '../literal';
import type { Conference, Session } from '../../src/types';

const HOUR = 3_600_000;

function edited(edit: (sessions: Session[]) => Session[]): Conference {
  return { ...CONFERENCE, sessions: edit(SESSIONS.map((s) => ({ ...s }))) };
}

function moved(s: Session, ms: number): Session {
  return { ...s, startsAt: new Date(s.startsAt.getTime() + ms), endsAt: s.endsAt && new Date(s.endsAt.getTime() + ms), until: new Date(s.until.getTime() + ms) };
}

describe('scheduleChanges', () => {
  it('flags nothing when there is no old schedule, as EventFahrplan does', () => {
    expect(scheduleChanges(CONFERENCE, undefined)).toEqual({ added: [], cancelled: [], changed: [] });
  });

  it('finds nothing between a schedule and an equal copy', () => {
    expect(changeCount(scheduleChanges(edited((s) => s), CONFERENCE))).toBe(0);
  });

  it('finds an added and a cancelled session by id', () => {
    const extra: Session = { ...SESSIONS[1], id: 'tue-extra', title: 'Lightning talks' };
    const now = edited((s) => [...s.filter((x) => x.id !== 'tue-2b'), extra]);
    const changes = scheduleChanges(now, CONFERENCE);
    expect(changes.added.map((s) => s.id)).toEqual(['tue-extra']);
    expect(changes.cancelled.map((s) => s.id)).toEqual(['tue-2b']);
    expect(changes.changed).toEqual([]);
  });

  it('names each changed field, in order', () => {
    const now = edited((s) =>
      s.map((x) => {
        if (x.id === 'tue-1a') return { ...x, title: 'Xen Core and Tools', chair: 'Keir Fraser' };
        if (x.id === 'tue-1b') return { ...x, room: 'Yorktown Auditorium', track: 'A' };
        if (x.id === 'tue-2a') return moved(x, HOUR / 2);
        if (x.id === 'tue-3a') return { ...x, endsAt: new Date(x.endsAt!.getTime() + HOUR), until: new Date(x.until.getTime() + HOUR) };
        return x;
      }),
    );
    const changes = scheduleChanges(now, CONFERENCE);
    expect(changes.changed.map((c) => [c.session.id, c.fields])).toEqual([
      ['tue-1a', ['title', 'chair']],
      ['tue-1b', ['room', 'track']],
      ['tue-2a', ['start']],
      ['tue-3a', ['duration']],
    ]);
    expect(changes.changed[0].old.title).toBe('Xen Core');
    expect(changes.changed[0].session.title).toBe('Xen Core and Tools');
  });

  it('a session moved to the next day at the same hour changed its day, not its start', () => {
    const now = edited((s) => s.map((x) => (x.id === 'tue-4a' ? { ...moved(x, 24 * HOUR), date: '2007-04-18' } : x)));
    expect(scheduleChanges(now, CONFERENCE).changed.map((c) => c.fields)).toEqual([['day']]);
  });

  it('a session that lost its end changed its duration', () => {
    const now = edited((s) => s.map((x) => (x.id === 'wed-7' ? { ...x, endsAt: null } : x)));
    expect(scheduleChanges(now, CONFERENCE).changed.map((c) => [c.session.id, c.fields])).toEqual([['wed-7', ['duration']]]);
  });

  it('matches an id used twice in turn, in time order', () => {
    const twice = (title: string) => [
      { ...SESSIONS[1], id: 'dup', title },
      { ...SESSIONS[2], id: 'dup', title: 'Second' },
    ];
    const old = { ...CONFERENCE, sessions: twice('First') };
    const now = { ...CONFERENCE, sessions: [twice('First again')[0]] };
    const changes = scheduleChanges(now, old);
    expect(changes.changed.map((c) => c.fields)).toEqual([['title']]);
    expect(changes.cancelled.map((s) => s.title)).toEqual(['Second']);
  });

  it('does not modify the schedules it is given', () => {
    const old = edited((s) => s.reverse());
    const now = edited((s) => s.slice(2));
    const before = JSON.stringify([old, now]);
    scheduleChanges(now, old);
    expect(JSON.stringify([old, now])).toBe(before);
  });
});
