/** Whether to colour, decided once from flags, environment and terminal; the renderers only get the answer. */

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  /** --color (true) or --no-color (false); undefined when neither was given. */
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

/**
 * The rules, first that applies wins: --no-color; FORCE_COLOR (0 or false: none, unless --color; else
 * that level); --color; NO_COLOR (not empty); CLICOLOR_FORCE (not 0); CLICOLOR=0; not a terminal or
 * TERM=dumb; a terminal, at the depth COLORTERM and TERM say.
 */
export function colorLevel({ flag, env, isTTY }: ColorInputs): ColorLevel {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return flag ? 1 : 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  if (flag === true) return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const clicolorForce = env.CLICOLOR_FORCE !== undefined && env.CLICOLOR_FORCE !== '' && env.CLICOLOR_FORCE !== '0';
  if (!clicolorForce) {
    if (env.CLICOLOR === '0') return 0;
    if (!isTTY || env.TERM === 'dumb') return 0;
  }
  if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

/** The widest output drawn, whatever COLUMNS says: wider lines are laid out in time and memory that grow with it. */
export const MAX_WIDTH = 1000;

/** Terminal width: COLUMNS (digits only), else the terminal's, else 80; at most MAX_WIDTH. */
export function terminalWidth(env: Record<string, string | undefined>, columns: number | undefined): number {
  const text = env.COLUMNS?.trim() ?? '';
  const fromEnv = /^\d{1,9}$/.test(text) ? Number(text) : 0;
  const width = fromEnv > 0 ? fromEnv : columns !== undefined && Number.isInteger(columns) && columns > 0 ? columns : 80;
  return Math.min(width, MAX_WIDTH);
}

export interface PagerInputs {
  isTTY: boolean;
  /** The terminal's height, when known. */
  rows: number | undefined;
  env: Record<string, string | undefined>;
  /** --no-pager, or output that is not for a person (--json). */
  refused: boolean;
  /** Lines of the output (read only on a terminal: counting them costs a pass over a large output). */
  lines: number;
}

/**
 * The pager to run, as git chooses one: only on a terminal, and only for output taller than it;
 * XENSUMMIT_PAGER, then PAGER, then less. An empty value or `cat` means none.
 */
export function pagerCommand(inputs: PagerInputs): string | undefined {
  const { isTTY, rows, env, refused } = inputs;
  if (!isTTY || refused) return undefined;
  if (rows !== undefined && inputs.lines < rows) return undefined;
  const command = (env.XENSUMMIT_PAGER ?? env.PAGER ?? 'less').trim();
  return command === '' || command === 'cat' ? undefined : command;
}

/** The pager's environment: LESS=FRX (quit if one screen, colours, no screen clearing) and LV=-c unless set. */
export function pagerEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' };
}

/**
 * True when the locale's character set is UTF-8: the first of LC_ALL, LC_CTYPE and LANG that is set
 * and not empty (POSIX's order) names it. No locale at all (the C locale) is ASCII.
 */
export function utf8Locale(env: Record<string, string | undefined>): boolean {
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && /utf-?8/i.test(locale);
}

/** The mark of a starred session: ★ where the locale says the terminal speaks UTF-8, * otherwise. */
export function starMark(env: Record<string, string | undefined>): string {
  return utf8Locale(env) ? '\u2605' : '*';
}
