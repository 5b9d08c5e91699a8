/** What a command starts from: the shared options turned into data, a clock, a moment and a style. */
import { load } from '../io/load';
import { Zones } from '../core/time';
import { PRECOMPUTED } from '../core/zone-tables';
import { tracksOf, type Filter } from '../core/agenda';
import { parseAt, parseDay, parseTrack, parseZone } from '../options';
import { paint } from '../render/paint';
import { colorLevel, starMark, terminalWidth } from '../terminal';
import { hashSessions, identityOf, openState, type StateStore } from '../io/state';
import type { Runner } from '../io/exec';
import type { JsonClock } from '../render/json';
import type { Clock, RenderContext } from '../render/style';
import type { Conference } from '../types';

/** The outside world, as the process boundary hands it in. */
export interface World {
  now: Date;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  columns: number | undefined;
  /** The terminal's height, when stdout is one. */
  rows?: number;
  /** The runtime's name for the system zone, for --tz local; asked only when needed (it costs an Intl formatter). */
  systemZone: () => string | undefined;
  /** Runs a user's command (remind --exec); the process boundary hands in the real one (src/io/exec.ts). */
  exec?: Runner;
}

/** The shared options, as commander leaves them (raw text; checked here, against the data). */
export interface CommonOptions {
  data?: string;
  color?: boolean;
  noColor?: boolean;
  tz?: string;
  at?: string;
  json?: boolean;
  noPager?: boolean;
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
  /** The display clock: --tz, else XENSUMMIT_TZ (commands that take --tz), else the venue's. */
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
  /** The environment, as the process handed it in (for the state folder and --exec). */
  readonly env: Record<string, string | undefined>;
  /** This conference's state file (stars, hidden, reminders) in the state folder, opened on first use. */
  readonly state: StateStore;
  /** What marks a starred session: ★ where the locale is UTF-8, else *. */
  readonly starMark: string;
  readonly exec: Runner;
}

/** The zone the display clock takes: --tz, else XENSUMMIT_TZ for a command that takes --tz, else none (the venue's). */
export function zoneAsked(options: CommonOptions, env: World['env'], takesTz: boolean): { value: string; source: string } | undefined {
  if (options.tz !== undefined) return { value: options.tz, source: '--tz' };
  const fromEnv = env.XENSUMMIT_TZ;
  return takesTz && fromEnv !== undefined && fromEnv !== '' ? { value: fromEnv, source: 'XENSUMMIT_TZ' } : undefined;
}

/**
 * A context whose parts are worked out on first use, in order: data, then the zone, then --at.
 * `takesTz`: the command takes --tz, so XENSUMMIT_TZ is its default.
 */
export function makeContext(options: CommonOptions, world: World, takesTz = false): Context {
  const zones = new Zones(PRECOMPUTED);
  const warnings: string[] = [];
  let conference: Conference | undefined;
  let clock: Clock | undefined;
  let at: Date | undefined;
  let render: RenderContext | undefined;
  let state: StateStore | undefined;
  const ctx: Context = {
    zones,
    warnings,
    written: world.now,
    json: options.json === true,
    pretty: world.isTTY,
    env: world.env,
    starMark: starMark(world.env),
    get exec(): Runner {
      if (world.exec === undefined) throw new Error('no command runner was handed in');
      return world.exec;
    },
    get state() {
      return (state ??= openState(world.env, identityOf(options.data, ctx.conference, () => hashSessions(ctx.conference.sessions))));
    },
    get conference() {
      return (conference ??= load(options.data, zones));
    },
    get clock() {
      if (clock === undefined) {
        const venueZone = ctx.conference.venue.timeZone;
        let zone = venueZone;
        const asked = zoneAsked(options, world.env, takesTz);
        if (asked !== undefined) {
          const choice = parseZone(asked.value, { zones, venueZone, systemZone: world.systemZone, tzVariable: world.env.TZ, source: asked.source });
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

export interface FilterOptions {
  day?: string;
  track?: string;
  chair?: string;
}

/** --day, --track and --chair, checked against the data. */
export function makeFilter(options: FilterOptions, conference: Conference): Filter {
  return {
    date: options.day === undefined ? undefined : parseDay(options.day, conference.days).date,
    track: options.track === undefined ? undefined : parseTrack(options.track, tracksOf(conference.sessions)),
    chair: options.chair,
  };
}

/** '--day "wed" --track "B"' for the message that says nothing matched. */
export function describeFilter(options: FilterOptions): string {
  return (['day', 'track', 'chair'] as const)
    .filter((k) => options[k] !== undefined)
    .map((k) => `--${k} ${JSON.stringify(options[k])}`)
    .join(' ');
}
