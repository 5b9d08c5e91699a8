/** export: the filtered schedule in a file format that other programs read. */
import { extname } from 'node:path';
import { filterSessions } from '../core/agenda';
import { parseChoice, parseDuration } from '../options';
import { UsageError } from '../errors';
import { starredSessions } from '../core/mine';
import { renderCsv } from '../render/csv';
import { renderIcs } from '../render/ics';
import { sessionsJson } from '../render/json';
import { show } from '../render/text';
import { renderXml } from '../render/xml';
import { renderScheduleJson } from '../render/schedule-json';
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
    { ...flag.mine, help: 'only my starred sessions, with the same UIDs as the full export (a calendar updates, not duplicates)' },
    { flags: '--alarm <span>', key: 'alarm', help: 'ics: an alarm this long before each event, such as 10m or 1h', parse: (v: string) => parseDuration('--alarm', v) },
    { flags: '-o, --output <file>', key: 'output', help: 'write to FILE (whole or not at all; - is stdout) instead of stdout', complete: 'files' },
    ...flag.dataSource,
  ],
  examples: ['xensummit export --format ics -o xensummit.ics', 'xensummit export -o schedule.xml', 'xensummit export --format csv --day tue --track B', 'xensummit export --mine --alarm 10m -o mine.ics'],
};

export interface ExportOptions extends FilterOptions {
  format?: Format;
  output?: string;
  mine?: boolean;
  alarm?: number;
}

/** --format, or the -o file's extension, or ics. */
export function exportFormat(format: Format | undefined, output: string | undefined): Format {
  if (format !== undefined) return format;
  const ext = output === undefined ? '' : extname(output).slice(1).toLowerCase();
  return FORMATS.find((x) => x === ext) ?? 'ics';
}

export function run(ctx: Context, options: ExportOptions): Output {
  const format = exportFormat(options.format, options.output);
  const { day, track, room, person, chair } = options;
  const filter = { day, track, room, person, chair };
  const { conference } = ctx;
  if (options.alarm !== undefined && format !== 'ics') throw new UsageError(`--alarm is for ics exports, and this one is ${format}`);
  const filtered = filterSessions(conference.sessions, makeFilter(filter, conference));
  const sessions = options.mine === true ? starredSessions(filtered, ctx.state.read()) : filtered;
  const content =
    format === 'ics'
      ? renderIcs(conference, sessions, { stamp: ctx.written, alarmMs: options.alarm })
      : format === 'csv'
        ? renderCsv(sessions, ctx.jsonClock)
        : format === 'xml'
          ? renderXml(conference, sessions, VERSION, ctx.jsonClock)
          : conference.kind === 'summit'
            ? sessionsJson(sessions, ctx.jsonClock, ctx.pretty)
            : renderScheduleJson(conference, sessions, VERSION, ctx.jsonClock, ctx.pretty);
  const what = describeFilter(filter);
  const none = sessions.length > 0 ? '' : options.mine === true ? `No starred sessions${what === '' ? '' : ` match ${what}`}; the export has none.\n` : `No sessions match ${what}; the export has none.\n`;
  // "-o -" is stdout, as for most tools that take an output file.
  if (options.output === undefined || options.output === '-') return { out: content, err: none || undefined };
  const count = `${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
  return { out: '', err: `${none}Wrote ${count} to ${show(options.output)} (${format}).\n`, file: { path: options.output, content } };
}
