/** What a command starts from: the shared options turned into data, a clock, a moment and a style. */
import { load } from '../io/load';
import { DataError } from '../errors';
import { Zones } from '../core/time';
import { roomsOf, topicsOf, tracksOf, type Filter } from '../core/agenda';
import { parseAt, parseDay, parseRoom, parseTrack, parseZone } from '../options';
import { paint } from '../render/paint';
import { colorLevel, terminalWidth } from '../terminal';
import type { JsonClock } from '../render/json';
import type { Clock, RenderContext } from '../render/style';
import type { Conference } from '../types';

/** The outside world, as the process boundary hands it in. */
export interface World {
  now: Date;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  columns: number | undefined;
  /** The runtime's name for the system zone, for --tz local; asked only when needed (it costs an Intl formatter). */
  systemZone: () => string | undefined;
}

/** The shared options, as commander leaves them (raw text; checked here, against the data). */
export interface CommonOptions {
  data?: string;
  color?: boolean;
  noColor?: boolean;
  tz?: string;
  at?: string;
  json?: boolean;
}

/** What a command prints: the result on stdout, any remark (such as "nothing matched") on stderr, a file to write. */
export interface Output {
  out: string;
  err?: string;
  file?: { path: string; content: string };
}

export interface Context {
  readonly zones: Zones;
  /** The conference, loaded on first use. */
  readonly conference: Conference;
  /** The display clock: --tz, else the venue's. */
  readonly clock: Clock;
  /** How JSON writes instants: always with the venue's offset. */
  readonly jsonClock: JsonClock;
  /** The moment to reason about: --at, or the clock. */
  readonly at: Date;
  /** The clock, whatever --at says: when output is written. */
  readonly written: Date;
  readonly json: boolean;
  /** JSON indented for a person (stdout is a terminal), or compact for a program. */
  readonly pretty: boolean;
  readonly render: RenderContext;
  /** Remarks for stderr gathered while reading options (a --tz local that fell back, say). */
  readonly warnings: string[];
}

/** --data, else XENSUMMIT_DATA (when set and not empty), else none: the bundled summit. */
export function dataFile(options: CommonOptions, env: World['env']): string | undefined {
  if (options.data !== undefined) return options.data;
  const fromEnv = env.XENSUMMIT_DATA;
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

/** A context whose parts are worked out on first use, in order: data, then --tz, then --at. */
export function makeContext(options: CommonOptions, world: World): Context {
  const zones = new Zones();
  const warnings: string[] = [];
  let conference: Conference | undefined;
  let clock: Clock | undefined;
  let at: Date | undefined;
  let render: RenderContext | undefined;
  const ctx: Context = {
    zones,
    warnings,
    written: world.now,
    json: options.json === true,
    pretty: world.isTTY,
    get conference() {
      if (conference === undefined) {
        conference = load(dataFile(options, world.env), zones);
        warnings.push(...(conference.warnings ?? []));
      }
      return conference;
    },
    get clock() {
      if (clock === undefined) {
        const venueZone = ctx.conference.venue.timeZone;
        let zone = venueZone;
        if (options.tz !== undefined) {
          const choice = parseZone(options.tz, { zones, venueZone, systemZone: world.systemZone, tzVariable: world.env.TZ });
          if (choice.warning !== undefined) warnings.push(choice.warning);
          zone = choice.zone;
        }
        clock = { zone, venueZone, zones };
      }
      return clock;
    },
    get jsonClock() {
      return { zones, venueZone: ctx.conference.venue.timeZone };
    },
    get at() {
      return (at ??= options.at === undefined ? world.now : parseAt(options.at, { zones, zone: ctx.clock.zone, days: ctx.conference.days }));
    },
    get render() {
      if (render === undefined) {
        const flag = options.noColor ? false : options.color ? true : undefined;
        const level = colorLevel({ flag, env: world.env, isTTY: world.isTTY });
        render = { style: paint(level), clock: ctx.clock, width: terminalWidth(world.env, world.columns) };
      }
      return render;
    },
  };
  return ctx;
}

/**
 * The deck's change log or contributor stats, which only the summit has: on another conference's
 * file, one line saying so (exit 1) rather than the summit's.
 */
export function deckPart<T>(conference: Conference, part: T | undefined, what: string): T {
  if (part !== undefined) return part;
  throw new DataError(`${conference.file ?? 'this data'} has no ${what}: those are the Xen Summit's, from its welcome deck (run without --data to see them)`);
}

export interface FilterOptions {
  day?: string;
  track?: string;
  room?: string;
  person?: string;
  chair?: string;
}

/**
 * --day, --track, --room, --person and --chair, checked against the data. On the summit --track
 * names a track (a column); on another conference's schedule, a track of its data (a topic).
 */
export function makeFilter(options: FilterOptions, conference: Conference): Filter {
  const filter: Filter = {
    date: options.day === undefined ? undefined : parseDay(options.day, conference.days).date,
    chair: options.chair,
  };
  if (options.track !== undefined) {
    if (conference.kind === 'summit') filter.track = parseTrack(options.track, tracksOf(conference.sessions));
    else filter.topic = parseTrack(options.track, topicsOf(conference.sessions));
  }
  if (options.room !== undefined) filter.room = parseRoom(options.room, roomsOf(conference.sessions));
  if (options.person !== undefined) filter.person = options.person;
  return filter;
}

/** '--day "wed" --track "B"' for the message that says nothing matched. */
export function describeFilter(options: FilterOptions): string {
  return (['day', 'track', 'room', 'person', 'chair'] as const)
    .filter((k) => options[k] !== undefined)
    .map((k) => `--${k} ${JSON.stringify(options[k])}`)
    .join(' ');
}
