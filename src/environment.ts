/** The environment variables xensummit reads: one table, for the man page and the README's list. */

export interface Variable {
  name: string;
  help: string;
}

export const ENVIRONMENT: readonly Variable[] = [
  { name: 'XENSUMMIT_TZ', help: 'the default --tz of the commands that take --tz (now, next, schedule, search, mine, remind); --tz beats it' },
  { name: 'XENSUMMIT_PAGER', help: 'the pager for output taller than the terminal; empty or "cat" for none' },
  { name: 'PAGER', help: 'the pager when XENSUMMIT_PAGER is not set; without either, less' },
  { name: 'LESS', help: 'set to FRX for the pager when not set' },
  { name: 'NO_COLOR', help: 'set and not empty: no colour (--color and FORCE_COLOR beat it)' },
  { name: 'FORCE_COLOR', help: '0 or false: no colour; 1, 2 or 3: colour, at that depth, even into a pipe' },
  { name: 'CLICOLOR_FORCE', help: 'set and not 0: colour even into a pipe (NO_COLOR beats it)' },
  { name: 'CLICOLOR', help: '0: no colour on a terminal' },
  { name: 'COLUMNS', help: 'the width to fit, instead of the terminal\'s (80 when neither is known)' },
  { name: 'TERM, COLORTERM', help: 'TERM=dumb: no colour; the colour depth from COLORTERM (truecolor) and TERM (256color)' },
  { name: 'XENSUMMIT_STATE_DIR', help: 'the folder of your stars and hidden sessions (default: xensummit in XDG_STATE_HOME, else in ~/.local/state)' },
  { name: 'XDG_STATE_HOME', help: 'the state folder, when XENSUMMIT_STATE_DIR is not set' },
  { name: 'LC_ALL, LC_CTYPE, LANG', help: 'the first set says whether the terminal speaks UTF-8: the star mark is ★ there, * otherwise' },
  { name: 'XENSUMMIT_CACHE_DIR', help: "what is kept to start faster or work offline: downloaded schedules, parsed schedule.xml files, time-zone tables, V8's code cache (default: xensummit in XDG_CACHE_HOME, else in ~/.cache)" },
  { name: 'XDG_CACHE_HOME', help: 'the cache folder, when XENSUMMIT_CACHE_DIR is not set' },
  { name: 'TZ', help: 'names the machine\'s zone for --tz local when the runtime cannot' },
];
