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

/** The widest output drawn, whatever COLUMNS says: wider lines are laid out in time and memory that grow with it. */
export const MAX_WIDTH = 1000;

/** Terminal width: COLUMNS (digits only), else the terminal's, else 80; at most MAX_WIDTH. */
export function terminalWidth(env: Record<string, string | undefined>, columns: number | undefined): number {
  const text = env.COLUMNS?.trim() ?? '';
  const fromEnv = /^\d{1,9}$/.test(text) ? Number(text) : 0;
  const width = fromEnv > 0 ? fromEnv : columns !== undefined && Number.isInteger(columns) && columns > 0 ? columns : 80;
  return Math.min(width, MAX_WIDTH);
}
