/** Small text helpers shared by the renderers. */
import type { Clock } from './style';

/**
 * What can change a terminal's state or disguise text: C0 and C1 control characters, DEL, the
 * bidirectional embeddings, overrides, isolates and marks (U+202A-U+202E, U+2066-U+2069, U+200E,
 * U+200F, U+061C), and the line and paragraph separators (U+2028, U+2029), which end a line in some
 * programs and not in others.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const ANY_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/** Text from the data, with control characters made visible so it cannot drive the terminal. */
export function show(text: string): string {
  // A test first: most text has nothing to show, and replace() with a function costs more than a match.
  return ANY_UNSAFE.test(text) ? text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`) : text;
}

/** A line without its trailing spaces and tabs, in one pass (a /[ \t]+$/ scan is quadratic in a long run of spaces). */
export function trimLine(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** Drops trailing white space from every line and ends with one newline. */
export function finish(text: string): string {
  return finishLines(text.split('\n'));
}

/** finish() of the text these lines make (none holds a newline), without joining and splitting them again. */
export function finishLines(text: readonly string[]): string {
  return joinLines(text.map(trimLine));
}

/**
 * finish() of lines that hold no newline and end in no space or tab (trimLine's): only the empty
 * lines at the end go. Their characters are not read: a line made of pieces stays unflattened until the join.
 */
export function joinLines(trimmed: readonly string[]): string {
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '') end--;
  // The final newline joined in, not appended: the text stays one flat string (a pager's line count
  // and the write would flatten it again).
  const lines = trimmed.slice(0, end);
  lines.push('');
  return lines.join('\n');
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
