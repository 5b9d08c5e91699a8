/** What a command starts from: the shared options turned into data, a clock, a moment and a style. */
import { load, loadFile } from '../io/load';
import { parsedCache } from '../io/parsed';
import { zoneCache } from '../io/zone-cache';
import { isUrl } from '../io/http';
import type { Remote } from '../io/remote';
import { changeNote, checkSource, fetchConference, refreshMode, type Stderr } from './source';
import { DataError } from '../errors';
import { Zones } from '../core/time';
import { roomsOf, topicsOf, tracksOf, type Filter } from '../core/agenda';
import { parseAt, parseDay, parseRoom, parseTrack, parseZone } from '../options';
import { span } from '../render/text';
import { paint } from '../render/paint';
import { colorLevel, starMark, terminalWidth } from '../terminal';
import { hashSessions, identityOf, openState, type StateStore } from '../io/state';
import type { Runner } from '../io/exec';
import { PRECOMPUTED } from '../core/zone-tables';
import type { JsonClock } from '../render/json';
import type { Clock, RenderContext } from '../render/style';
import type { Conference } from '../types';
import type { Terminal } from '../live/terminal';

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
  /** True when stderr is a terminal: progress of a long download is shown there. */
  errIsTTY?: boolean;
  /** The network, for --data URL: Node's fetch unless a test hands in another. */
  fetch?: typeof fetch;
  /** The live terminal, keys, signals and timers, for commands that keep running (board); absent where there is none. */
  terminal?: Terminal;
}

/** The shared options, as commander leaves them (raw text; checked here, against the data). */
export interface CommonOptions {
  data?: string;
  color?: boolean;
  noColor?: boolean;
  tz?: string;
  at?: string;
  json?: boolean;
  refresh?: boolean;
  offline?: boolean;
  noPager?: boolean;
}

/** What a command prints: the result on stdout, any remark (such as "nothing matched") on stderr, a file to write. */
export interface Output {
  out: string;
  err?: string;
  file?: { path: string; content: string };
  /** The exit code when not 0: `changes` says 3 when something changed, a board stopped by Ctrl-C 130. */
  status?: number;
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
  /** Stdout is a terminal. */
  readonly isTTY: boolean;
  readonly terminal: Terminal | undefined;
  /** Lines for stderr that are not warnings ("the schedule changed: …"). */
  readonly notes: string[];
  /** --data URL: the download or the cached copy, with the version before it. */
  readonly remote: Remote<Conference> | undefined;
  /** After a refresh that changed the schedule, says so once on stderr (now, schedule, board). */
  announceChanges(): void;
  /** A schedule named by an argument (changes OLD NEW), a file or a URL, read as --data is. */
  open(source: string): Promise<Conference>;
  /** The display clock for another conference than --data's (--tz applies to it the same way). */
  renderFor(conference: Conference): RenderContext;
}

/** The context, with --data URL fetched first (the only part that waits). */
export async function openContext(options: CommonOptions, world: World & Stderr, takesTz = false): Promise<Context> {
  const zones = new Zones(PRECOMPUTED, zoneCache(world.env));
  if (options.data !== undefined) checkSource(options.data, '--data');
  const remote = options.data !== undefined && isUrl(options.data) ? await fetchConference(options.data, options, world, zones) : undefined;
  if (remote === undefined) refreshMode(options);
  return makeContext(options, world, { zones, remote }, takesTz);
}

/** --data, else XENSUMMIT_DATA (when set and not empty), else none: the bundled summit. */
export function dataFile(options: CommonOptions, env: World['env']): string | undefined {
  if (options.data !== undefined) return options.data;
  const fromEnv = env.XENSUMMIT_DATA;
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
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
export function makeContext(
  options: CommonOptions,
  world: World & Partial<Stderr>,
  loaded: { zones?: Zones; remote?: Remote<Conference> } = {},
  takesTz = false,
): Context {
  const zones = loaded.zones ?? new Zones(PRECOMPUTED, zoneCache(world.env));
  const { remote } = loaded;
  const warnings: string[] = [...(remote?.warnings ?? [])];
  const notes: string[] = [];
  let conference: Conference | undefined = remote?.value;
  let announced = false;
  let at: Date | undefined;
  const clocks = new Map<string, Clock>();
  const clockFor = (venueZone: string): Clock => {
    let clock = clocks.get(venueZone);
    if (clock === undefined) {
      let zone = venueZone;
      const asked = zoneAsked(options, world.env, takesTz);
      if (asked !== undefined) {
        const choice = parseZone(asked.value, { zones, venueZone, systemZone: world.systemZone, tzVariable: world.env.TZ, source: asked.source });
        if (choice.warning !== undefined && !warnings.includes(choice.warning)) warnings.push(choice.warning);
        zone = choice.zone;
      }
      clock = { zone, venueZone, zones };
      clocks.set(venueZone, clock);
    }
    return clock;
  };
  const renderFor = (conference: Conference): RenderContext => {
    const flag = options.noColor ? false : options.color ? true : undefined;
    const level = colorLevel({ flag, env: world.env, isTTY: world.isTTY });
    return { style: paint(level), clock: clockFor(conference.venue.timeZone), width: terminalWidth(world.env, world.columns) };
  };
  /** The note when a fetch failed and the cached copy stands in. */
  const fallbackWarning = (r: Remote<Conference>) => {
    if (r.fallback === undefined) return;
    const age = span(r.fallback.checkedAt, world.now, clockFor(r.value.venue.timeZone));
    warnings.push(`cannot fetch ${r.url}: ${r.fallback.reason}; using the cached copy, last checked ${age} ago`);
  };
  let render: RenderContext | undefined;
  let state: StateStore | undefined;
  const ctx: Context = {
    zones,
    warnings,
    notes,
    remote,
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
    isTTY: world.isTTY,
    terminal: world.terminal,
    get conference() {
      if (conference === undefined) {
        conference = load(dataFile(options, world.env), zones, parsedCache(world.env));
        warnings.push(...(conference.warnings ?? []));
      }
      return conference;
    },
    get clock() {
      return clockFor(ctx.conference.venue.timeZone);
    },
    get jsonClock() {
      return { zones, venueZone: ctx.conference.venue.timeZone };
    },
    get at() {
      return (at ??= options.at === undefined ? world.now : parseAt(options.at, { zones, zone: ctx.clock.zone, days: ctx.conference.days }));
    },
    get render() {
      return (render ??= renderFor(ctx.conference));
    },
    renderFor,
    async open(source) {
      checkSource(source, 'changes');
      if (!isUrl(source)) return loadFile(source, zones);
      const r = await fetchConference(source, options, world, zones);
      warnings.push(...r.warnings);
      fallbackWarning(r);
      return r.value;
    },
    announceChanges() {
      if (remote === undefined || !remote.unannounced || announced) return;
      announced = true;
      const note = changeNote(remote, zones);
      if (note !== undefined) notes.push(note);
      remote.markAnnounced();
    },
  };
  if (remote !== undefined) fallbackWarning(remote);
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
