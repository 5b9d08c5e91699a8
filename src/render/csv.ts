/** CSV (RFC 4180) for spreadsheets: a header row, CRLF, quoting where needed, no formulas. */
import { TextBuilder } from './builder';
import { chairField, trackField } from './session';
import type { JsonClock } from './json';
import type { Session } from '../types';

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe: one that starts with
 * =, +, - or @, or their full-width forms (＝＋－＠, which some spreadsheets read as the same), after
 * any white space (spreadsheets skip leading spaces and tabs), or that starts with a tab or a line break.
 */
const FORMULA = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
/** What a cell is quoted for. */
const QUOTED = /[",\r\n]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return QUOTED.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null)[]): string {
  let row = csvCell(values[0] ?? null);
  for (let i = 1; i < values.length; i++) row += `,${csvCell(values[i])}`;
  return `${row}\r\n`;
}

export const CSV_HEADER = ['id', 'date', 'start', 'end', 'track', 'room', 'number', 'title', 'chair'];

/** Times as in JSON: ISO 8601 with the venue's offset of that instant. */
export function renderCsv(sessions: readonly Session[], clock: JsonClock): string {
  const iso = (t: Date) => clock.zones.iso(t, clock.venueZone);
  // Row by row into flat chunks: a large schedule holds many rows.
  const out = new TextBuilder();
  out.add(csvRow(CSV_HEADER));
  // csvRow of the nine fields, written out: no array per row.
  for (const s of sessions) {
    const end = s.endsAt === null ? '' : csvCell(iso(s.endsAt));
    out.add(`${csvCell(s.id)},${csvCell(s.date)},${csvCell(iso(s.startsAt))},${end},${csvCell(trackField(s))},${csvCell(s.room)},${csvCell(s.number)},${csvCell(s.title)},${csvCell(chairField(s))}\r\n`);
  }
  return out.text();
}
