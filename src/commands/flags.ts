/** The options that several commands share, declared once. */
import type { ArgSpec, OptionSpec } from './spec';

export const data: OptionSpec = {
  flags: '--data <file|url>',
  key: 'data',
  help: "read the conference from this file or http(s) URL (kept for offline use) instead of the bundled summit: frab's schedule.xml, a schedule.json (frab, pretalx, voc) or the summit's JSON (default: $XENSUMMIT_DATA)",
  complete: 'files',
};

export const refresh: OptionSpec = { flags: '--refresh', key: 'refresh', help: 'with --data URL: ask the server now, not only after 15 minutes' };

export const offline: OptionSpec = { flags: '--offline', key: 'offline', help: 'with --data URL: use the cached copy, make no request' };

/** Where the data comes from: a file, a URL and how to refresh it. */
export const dataSource = [data, refresh, offline];

export const color: OptionSpec = { flags: '--color', key: 'color', help: 'colour even when not on a terminal' };

export const noColor: OptionSpec = { flags: '--no-color', key: 'noColor', help: 'no colour (beats --color, FORCE_COLOR and the rest)' };

export const json: OptionSpec = { flags: '--json', key: 'json', help: 'machine-readable output on stdout, nothing else there' };

export const tz: OptionSpec = {
  flags: '--tz <zone>',
  key: 'tz',
  help: 'show times in this zone (any time-zone database name, "local" or "venue"), with the venue time beside',
  complete: 'zones',
};

export const at: OptionSpec = {
  flags: '--at <when>',
  key: 'at',
  help: 'reason as if it were this moment: 2007-04-17T14:45:00Z, "2007-04-17 10:45" or "tues 10:45" (no offset: read on the --tz clock)',
};

export const track: OptionSpec = {
  flags: '--track <track>',
  key: 'track',
  help: "the summit: keep one track's sessions and those for everyone (A or B); another conference: the sessions of one of its tracks",
  complete: 'tracks',
};

export const day: OptionSpec = {
  flags: '--day <day>',
  key: 'day',
  help: 'one day: tue, tues, tuesday, wed, weds, wednesday, 2007-04-17 or 2007-04-18',
  complete: 'days',
};

export const room: OptionSpec = { flags: '--room <room>', key: 'room', help: 'keep the sessions in this room (any case)', complete: 'rooms' };

export const person: OptionSpec = {
  flags: '--person <name>',
  key: 'person',
  help: "sessions with a speaker or chair whose name contains this (any case, any accents)",
};

export const chair: OptionSpec = { flags: '--chair <name>', key: 'chair', help: "sessions whose chair's name contains this (any case, any accents)" };

export const noPager: OptionSpec = {
  flags: '--no-pager',
  key: 'noPager',
  help: 'print straight to the terminal, without a pager (XENSUMMIT_PAGER, PAGER, else less)',
};

/** Every command that reads the data and prints for people takes these. */
export const dataAndColor = [...dataSource, color, noColor, noPager];

/** The same, for a command that keeps the screen itself (board) or prints little: no pager. */
export const dataAndColorNoPager = [...dataSource, color, noColor];

/** The filters that schedule and export share. */
export const filters = [day, track, room, person, chair];

export const mine: OptionSpec = { flags: '--mine', key: 'mine', help: 'only my starred sessions (see star)' };

export const all: OptionSpec = { flags: '--all', key: 'all', help: 'also the sessions I hid (see hide)' };

/** One or more session ids, completed from the data. */
export const sessionIds: ArgSpec = { name: 'id...', help: 'session ids, such as tue-2a (schedule --json lists them)', required: true, complete: 'sessions' };
