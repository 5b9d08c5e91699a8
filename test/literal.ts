/** Literal data for core and render tests: the summit's days and sessions written out as instants. */
import type { Conference, Day, Session } from '../src/types';

function day(date: string, label: string, start: string, end: string): Day {
  return { date, label, start: new Date(start), end: new Date(end) };
}

export const DAYS: Day[] = [
  day('2007-04-17', 'Tues', '2007-04-17T04:00:00Z', '2007-04-18T04:00:00Z'),
  day('2007-04-18', 'Weds', '2007-04-18T04:00:00Z', '2007-04-19T04:00:00Z'),
];

type Row = [id: string, start: string, end: string | null, track: string | null, room: string | null, number: number | null, title: string, chair: string | null];

const ROWS: Row[] = [
  ['tue-0', '2007-04-17T12:00Z', '2007-04-17T12:15Z', null, 'Yorktown Auditorium', 0, 'Intro/plenary', null],
  ['tue-1a', '2007-04-17T12:15Z', '2007-04-17T14:00Z', 'A', 'Yorktown Auditorium', 1, 'Xen Core', 'Tim Deegan'],
  ['tue-1b', '2007-04-17T12:15Z', '2007-04-17T14:00Z', 'B', 'Meeting Room #2', 1, 'Ports', 'Jimi Xenidis'],
  ['tue-2a', '2007-04-17T14:30Z', '2007-04-17T16:30Z', 'A', 'Yorktown Auditorium', 2, 'I/O Virtualization', 'Muli Ben Yehuda'],
  ['tue-2b', '2007-04-17T14:30Z', '2007-04-17T16:30Z', 'B', 'Meeting Room #2', 2, 'Misc I', 'Clyde Griffin'],
  ['tue-3a', '2007-04-17T17:30Z', '2007-04-17T19:30Z', 'A', 'Yorktown Auditorium', 3, 'Xen Distros', 'Brian Stein'],
  ['tue-3b', '2007-04-17T17:30Z', '2007-04-17T19:30Z', 'B', 'Meeting Room #2', 3, 'Misc II', 'Nils Nieuwejaar'],
  ['tue-4a', '2007-04-17T19:45Z', '2007-04-17T21:00Z', 'A', 'Yorktown Auditorium', 4, 'Network Arch', 'Jose Renato Santos'],
  ['tue-4b', '2007-04-17T19:45Z', '2007-04-17T21:00Z', 'B', 'Meeting Room #2', 4, 'Security', 'Stefan Berger'],
  ['tue-dinner', '2007-04-17T22:00Z', '2007-04-18T01:00Z', null, null, null, 'Dinner and Billiards', null],
  ['wed-5', '2007-04-18T12:25Z', '2007-04-18T14:00Z', null, null, 5, 'CPU Roadmaps Smart I/O', 'Ian Pratt'],
  ['wed-6', '2007-04-18T14:30Z', '2007-04-18T16:30Z', null, null, 6, 'XenAPI, HVM I/O, Graphics', 'Mike Day'],
  ['wed-7', '2007-04-18T17:30Z', '2007-04-18T19:30Z', null, null, 7, 'Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap', 'Keir Fraser'],
  ['wed-bof', '2007-04-18T19:30Z', null, null, null, null, 'BOF Sessions', null],
];

export const SESSIONS: Session[] = ROWS.map(([id, start, end, track, room, number, title, chair]) => {
  const date = start.slice(0, 10);
  const startsAt = new Date(start);
  const endsAt = end === null ? null : new Date(end);
  const s: Session = { id, date, startsAt, endsAt, until: endsAt ?? DAYS.find((d) => d.date === date)!.end, track, room, number, title, chair };
  if (id === 'wed-bof') s.note = 'TBD';
  return s;
});

export const CONFERENCE: Conference = {
  kind: 'summit',
  title: 'Xen Summit',
  acronym: 'xensummit-2007',
  venue: { name: 'IBM TJ Watson', timeZone: 'America/New_York' },
  days: DAYS,
  rooms: [
    { track: 'A', name: 'Yorktown Auditorium', notes: ['here!'] },
    { track: 'B', name: 'Meeting Room #2', notes: ['Through security door, on left past cafeteria'] },
  ],
  logistics: [{ topic: 'WiFi', text: 'WiFi network name: IBMVISITOR', details: ['See back of badge for username/password'] }],
  sessions: SESSIONS,
  changelog: [{ title: 'Post-3.0.0 Change Log', items: [{ text: 'Progressive paravirtualization for HVM guests', items: [{ text: 'Network and Block I/O', items: [] }] }] }],
  benchmarks: { note: 'The deck shows these charts; their figures are not in the deck.', charts: ['SPECjbb2005 Sun JVM installed'] },
  stats: {
    title: 'Post-3.0.0 Rough Code Stats',
    note: 'Stats since 3.0.0 Release',
    rows: [
      { domain: 'xensource.com', aliases: 23, checkins: 3000, insertions: 550450 },
      { domain: 'fujitsu.com', aliases: 20, checkins: 290, insertions: 13460 },
      { domain: 'hp.com', aliases: 9, checkins: 223, insertions: 25102 },
      { domain: 'other', aliases: 29, checkins: 302, insertions: 55005, aggregate: true },
    ],
  },
};
