/** The options that several commands share, declared once. */
import type { ArgSpec, OptionSpec } from './spec';

export const data: OptionSpec = {
  flags: '--data <file>',
  key: 'data',
  help: 'read the conference from this JSON file instead of the bundled summit',
  complete: 'files',
};

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
  help: "keep one track's sessions and those for everyone (A or B)",
  complete: 'tracks',
};

export const day: OptionSpec = {
  flags: '--day <day>',
  key: 'day',
  help: 'one day: tue, tues, tuesday, wed, weds, wednesday, 2007-04-17 or 2007-04-18',
  complete: 'days',
};

export const chair: OptionSpec = { flags: '--chair <name>', key: 'chair', help: "sessions whose chair's name contains this (any case, any accents)" };

export const noPager: OptionSpec = {
  flags: '--no-pager',
  key: 'noPager',
  help: 'print straight to the terminal, without a pager (XENSUMMIT_PAGER, PAGER, else less)',
};

/** Every command that reads the data and prints for people takes these. */
export const dataAndColor = [data, color, noColor, noPager];

/** The filters that schedule and export share. */
export const filters = [day, track, chair];

export const mine: OptionSpec = { flags: '--mine', key: 'mine', help: 'only my starred sessions (see star)' };

export const all: OptionSpec = { flags: '--all', key: 'all', help: 'also the sessions I hid (see hide)' };

/** One or more session ids, completed from the data. */
export const sessionIds: ArgSpec = { name: 'id...', help: 'session ids, such as tue-2a (schedule --json lists them)', required: true, complete: 'sessions' };
