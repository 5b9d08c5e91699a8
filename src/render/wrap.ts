/** Prose wrapped to the terminal's width, at spaces, colour codes and wide characters counted right. */
import wrapAnsi from 'wrap-ansi';

/** The narrowest width prose is wrapped to, however narrow the terminal says it is. */
export const MIN_WIDTH = 20;

/** Wraps each line of `text` to `width` columns; a continuation line starts with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const cols = Math.max(MIN_WIDTH, width);
  return text
    .split('\n')
    .map((line) => {
      const lead = /^ */.exec(line)![0];
      const hang = lead + indent;
      const body = line.slice(lead.length);
      const wrapped = wrapAnsi(body, Math.max(MIN_WIDTH / 2, cols - lead.length), { hard: true, trim: true }).split('\n');
      const rest = wrapped.slice(1).join(' ');
      if (rest === '') return lead + wrapped[0];
      const tail = wrapAnsi(rest, Math.max(MIN_WIDTH / 2, cols - hang.length), { hard: true, trim: true }).split('\n');
      return [lead + wrapped[0], ...tail.map((l) => hang + l)].join('\n');
    })
    .join('\n');
}

/** "  --day <day>   one day: …" with the text wrapped in its own column. */
export function twoColumns(rows: readonly [string, string][], width: number, lead = '  '): string {
  const left = Math.min(Math.max(0, ...rows.map(([a]) => a.length)), Math.floor(width / 2.5));
  return rows
    .map(([a, b]) => {
      const pad = lead + a.padEnd(left) + '  ';
      const textWidth = Math.max(MIN_WIDTH, width - pad.length);
      const lines = wrapAnsi(b, textWidth, { hard: true, trim: true }).split('\n');
      if (a.length > left) return [lead + a, ...lines.map((l) => ' '.repeat(lead.length + left + 2) + l)].join('\n');
      return [pad + lines[0], ...lines.slice(1).map((l) => ' '.repeat(pad.length) + l)].join('\n');
    })
    .join('\n');
}
