/** export: the filtered schedule in a file format that other programs read. */
import { extname } from 'node:path';
import { filterSessions } from '../core/agenda';
import { parseChoice } from '../options';
import { renderCsv } from '../render/csv';
import { renderIcs } from '../render/ics';
import { sessionsJson } from '../render/json';
import { show } from '../render/text';
import { renderXml } from '../render/xml';
import { VERSION } from '../version';
import { describeFilter, makeFilter, type Context, type FilterOptions, type Output } from './context';
import * as flag from './flags';
import type { CommandSpec } from './spec';

export const FORMATS = ['ics', 'csv', 'json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

const parseFormat = (value: string): Format => parseChoice('--format', value, FORMATS);

export const spec: CommandSpec = {
  name: 'export',
  summary: "the schedule as a calendar (ics), a spreadsheet (csv), JSON, or a conference app's schedule.xml (xml)",
  args: [],
  options: [
    { flags: '--format <format>', key: 'format', help: 'ics, csv, json or xml (default: from the -o file name, else ics)', complete: FORMATS, parse: parseFormat },
    ...flag.filters,
    { flags: '-o, --output <file>', key: 'output', help: 'write to FILE (whole or not at all; - is stdout) instead of stdout', complete: 'files' },
    flag.data,
  ],
  examples: ['xensummit export --format ics -o xensummit.ics', 'xensummit export -o schedule.xml', 'xensummit export --format csv --day tue --track B'],
};

export interface ExportOptions extends FilterOptions {
  format?: Format;
  output?: string;
}

/** --format, or the -o file's extension, or ics. */
export function exportFormat(format: Format | undefined, output: string | undefined): Format {
  if (format !== undefined) return format;
  const ext = output === undefined ? '' : extname(output).slice(1).toLowerCase();
  return FORMATS.find((x) => x === ext) ?? 'ics';
}

export function run(ctx: Context, options: ExportOptions): Output {
  const format = exportFormat(options.format, options.output);
  const { day, track, chair } = options;
  const { conference } = ctx;
  const sessions = filterSessions(conference.sessions, makeFilter({ day, track, chair }, conference));
  const content =
    format === 'ics'
      ? renderIcs(conference, sessions, { stamp: ctx.written })
      : format === 'csv'
        ? renderCsv(sessions, ctx.jsonClock)
        : format === 'xml'
          ? renderXml(conference, sessions, VERSION, ctx.jsonClock)
          : sessionsJson(sessions, ctx.jsonClock, ctx.pretty);
  const none = sessions.length === 0 ? `No sessions match ${describeFilter({ day, track, chair })}; the export has none.\n` : '';
  // "-o -" is stdout, as for most tools that take an output file.
  if (options.output === undefined || options.output === '-') return { out: content, err: none || undefined };
  const count = `${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
  return { out: '', err: `${none}Wrote ${count} to ${show(options.output)} (${format}).\n`, file: { path: options.output, content } };
}
