/** Small text helpers shared by the renderers. */
import type { Clock } from './style';

// C0 and C1 control characters, DEL, and the bidirectional overrides that can disguise text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from the data, with control characters made visible so it cannot drive the terminal. */
export function show(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Drops trailing white space from every line and ends with one newline. */
export function finish(text: string): string {
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n+$/, '')}\n`;
}

export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

const UNITS = [
  ['years', 'year', 'years'],
  ['months', 'month', 'months'],
  ['days', 'day', 'days'],
  ['hours', 'h', 'h'],
  ['minutes', 'min', 'min'],
] as const;

/**
 * "25 min", "1 h 45 min", "3 days 4 h", "19 years 7 months": the two largest units, whole minutes,
 * counted on the clock being shown (calendar days of that clock, then exact hours and minutes).
 */
export function span(from: Date, to: Date, clock: Clock): string {
  if (Math.abs(to.getTime() - from.getTime()) < 60_000) return 'less than a minute';
  const d = clock.zones.span(from, to, clock.zone);
  const parts: string[] = [];
  for (const [key, one, many] of UNITS) {
    const n = d[key];
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
    else if (parts.length > 0) break;
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}
