/** Whether to colour, decided once from flags, environment and terminal; the renderers only get the answer. */

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  /** --color (true) or --no-color (false); undefined when neither was given. */
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

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
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

/** Terminal width: COLUMNS, else the terminal's, else 80. */
export function terminalWidth(env: Record<string, string | undefined>, columns: number | undefined): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return columns !== undefined && columns > 0 ? columns : 80;
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
