/** export: the filtered schedule in a file format that other programs read. */
import { extname } from 'node:path';
import { filterSessions } from '../agenda';
import { UsageError } from '../errors';
import { renderCsv } from '../render/csv';
import { renderIcs } from '../render/ics';
import { sessionsJson } from '../render/json';
import { renderXml } from '../render/xml';
import { suggestion } from '../suggest';
import { VERSION } from '../version';
import { describeFilter, makeFilter, type Context, type FilterOptions, type Output } from './context';

export const FORMATS = ['ics', 'csv', 'json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportOptions extends FilterOptions {
  format?: string;
  output?: string;
}

/** --format, or the -o file's extension, or ics. */
export function exportFormat(format: string | undefined, output: string | undefined): Format {
  if (format !== undefined) {
    const f = FORMATS.find((x) => x === format.trim().toLowerCase());
    if (f === undefined) throw new UsageError(`invalid --format "${format}": use one of ${FORMATS.join(', ')}${suggestion(format, FORMATS)}`);
    return f;
  }
  const ext = output === undefined ? '' : extname(output).slice(1).toLowerCase();
  return FORMATS.find((x) => x === ext) ?? 'ics';
}

export function exportCommand(ctx: Context, options: ExportOptions): Output {
  const format = exportFormat(options.format, options.output);
  const { day, track, chair } = options;
  const sessions = filterSessions(ctx.summit.sessions, makeFilter({ day, track, chair }, ctx.summit));
  const zone = ctx.summit.venue.timeZone;
  const content =
    format === 'ics'
      ? renderIcs(ctx.summit, sessions, { stamp: ctx.written })
      : format === 'csv'
        ? renderCsv(sessions, zone)
        : format === 'xml'
          ? renderXml(ctx.summit, sessions, VERSION)
          : sessionsJson(sessions, zone, ctx.prettyJson);
  const none = sessions.length === 0 ? `No sessions match ${describeFilter({ day, track, chair })}; the export has none.\n` : '';
  if (options.output === undefined) return { out: content, err: none || undefined };
  const count = `${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
  return { out: '', err: `${none}Wrote ${count} to ${options.output} (${format}).\n`, file: { path: options.output, content } };
}
