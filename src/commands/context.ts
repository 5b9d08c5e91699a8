/** What every command starts from: the options all commands share, turned into data, a moment and a style. */
import { colorLevel, terminalWidth } from '../color';
import { loadRecord, toSummit } from '../load';
import { paint } from '../paint';
import { parseAt, parseDay, parseTrack, parseZone } from '../when';
import { tracksOf, type Filter } from '../agenda';
import type { RenderContext } from '../render/style';
import type { Summit, SummitRecord } from '../types';

export interface CommonOptions {
  at?: string;
  tz?: string;
  json?: boolean;
  data?: string;
  color?: boolean;
}

/** The outside world, as the CLI entry point hands it in. */
export interface World {
  now: Date;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  columns: number | undefined;
  /** The system's time zone, for --tz local; asked only when needed (it costs an Intl formatter). */
  localZone: () => string;
}

export interface Context {
  /** The data as loaded: enough for commands that need no session times (stats, changelog). */
  record: SummitRecord;
  /** The data with session times resolved; resolved on first use, as that needs the time-zone database. */
  readonly summit: Summit;
  /** The moment to reason about: --at, or the clock. */
  at: Date;
  /** JSON indented for a person (stdout is a terminal), or compact for a program. */
  prettyJson: boolean;
  /** The clock, whatever --at says: when output is written. */
  written: Date;
  json: boolean;
  render: RenderContext;
}

/** What a command prints: the result on stdout, any remark (such as "nothing matched") on stderr, a file to write. */
export interface Output {
  out: string;
  err?: string;
  file?: { path: string; content: string };
}

export function makeContext(options: CommonOptions, world: World): Context {
  const record = loadRecord(options.data);
  const venueZone = record.venue.timeZone;
  const zone = options.tz === undefined ? venueZone : parseZone(options.tz, venueZone, world.localZone);
  const at = options.at === undefined ? world.now : parseAt(options.at, zone, record.days);
  let summit: Summit | undefined;
  const level = colorLevel({ flag: options.color, env: world.env, isTTY: world.isTTY });
  return {
    record,
    get summit() {
      return (summit ??= toSummit(record));
    },
    at,
    written: world.now,
    prettyJson: world.isTTY,
    json: options.json === true,
    render: { style: paint(level), clock: { zone, venueZone }, width: terminalWidth(world.env, world.columns) },
  };
}

export interface FilterOptions {
  day?: string;
  track?: string;
  chair?: string;
}

/** --day, --track and --chair, checked against the data. */
export function makeFilter(options: FilterOptions, summit: Summit): Filter {
  return {
    date: options.day === undefined ? undefined : parseDay(options.day, summit.days).date,
    track: options.track === undefined ? undefined : parseTrack(options.track, tracksOf(summit.sessions)),
    chair: options.chair,
  };
}

/** "--day wed --track B" for the message that says nothing matched. */
export function describeFilter(options: FilterOptions): string {
  return Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `--${k} ${JSON.stringify(v)}`)
    .join(' ');
}
