/** board: the live board for the lobby, full screen on a terminal, else a log of what begins and ends. */
import { filterSessions, latestUntil } from '../core/agenda';
import { startOfMinute } from '../core/board';
import { XensummitError } from '../errors';
import { runLinear } from '../live/linear';
import { runScreen } from '../live/screen';
import { summitClock } from '../live/terminal';
import { parseSpeed } from '../options';
import { boardFooter, renderBoard, type Size } from '../render/board';
import { changeLine, dateLine, stateLines, summitOverLine } from '../render/ticker';
import { makeFilter, type Context, type Output } from './context';
import { chosen, hasStars, NO_STARS, type MineOptions } from './personal';
import * as flag from './flags';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'board',
  summary: "a live board for the lobby: each room's session now and next, redrawn on the minute",
  details:
    'On a terminal the board fills the screen (the alternate screen, the cursor hidden) and redraws on the minute and when the window is resized; q or Ctrl-C gives the terminal back. ' +
    'Not on a terminal, with TERM=dumb or with --linear it prints where each room stands, then one line whenever a session begins or ends, and stops when the summit is over. ' +
    '--at starts the board at that moment and --speed runs its clock faster, for a rehearsal: --at "tues 08:00" --speed 60 shows a summit minute each second.',
  args: [],
  options: [
    flag.track,
    { ...flag.mine, help: 'only my starred sessions (see star); hidden sessions are left out in any case' },
    { ...flag.at, help: 'start the board at this moment (see now --help for the forms) and let its clock run from there' },
    { flags: '--speed <n>', key: 'speed', help: 'run the clock n times as fast (60: a summit minute a second), for a rehearsal', parse: parseSpeed },
    { ...flag.tz, help: "show this zone's clock beside the venue's (any time-zone database name, \"local\" or \"venue\"); session times stay the venue's" },
    { flags: '--linear', key: 'linear', help: 'a line whenever something begins or ends instead of drawing the screen (screen readers, logs)' },
    { flags: '--once', key: 'once', help: 'print one frame of the board and exit (for tests and watch)' },
    ...flag.dataAndColorNoPager,
  ],
  examples: ['xensummit board', 'xensummit board --at "tues 10:20" --speed 60', 'xensummit board --once --at "tues 10:35"', 'xensummit board --mine', 'xensummit board --linear --at "weds 15:00" --speed 600'],
};

interface BoardOptions extends MineOptions {
  track?: string;
  speed?: number;
  linear?: boolean;
  once?: boolean;
}

/** A positive whole number from the environment (LINES), if it holds one. */
function positive(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export async function run(ctx: Context, options: BoardOptions): Promise<Output> {
  const { conference } = ctx;
  ctx.announceChanges();
  const mine = ctx.state.read();
  const filtered = filterSessions(conference.sessions, makeFilter({ track: options.track }, conference));
  if (options.mine === true && !hasStars(filtered, mine)) return { out: '', err: NO_STARS };
  const sessions = chosen(filtered, mine, { mine: options.mine });
  const speed = options.speed ?? 1;
  const start = ctx.at;
  const { clock, style } = ctx.render;
  // Whole minutes, as the board's clock shows them: at 10:21:40, 10:30 is "in 9 min".
  const frame = (at: Date, size: Size, footer?: string) => renderBoard({ conference, sessions, at: startOfMinute(at), size, clock, style, footer });
  if (options.once) {
    const rows = positive(ctx.env.LINES) ?? (ctx.isTTY ? ctx.terminal?.size().rows : undefined) ?? 24;
    return { out: frame(start, { columns: ctx.render.width, rows }) };
  }
  const terminal = ctx.terminal;
  if (terminal === undefined) throw new XensummitError('board cannot keep running without a terminal and a clock here; use --once for one frame');
  const summit = summitClock(terminal, start, speed);
  if (ctx.isTTY && ctx.env.TERM !== 'dumb' && !options.linear) {
    const footer = boardFooter(speed, start, clock);
    return { out: '', status: await runScreen({ terminal, clock: summit, frame: (at, size) => frame(at, size, footer) }) };
  }
  const ticker = { clock, style, speed };
  let day = '';
  const dated = (at: Date, line: string): string[] => {
    const date = clock.zones.dateOf(at, clock.venueZone);
    if (date === day) return [line];
    day = date;
    return [dateLine(at, ticker), line];
  };
  const status = await runLinear({
    terminal,
    clock: summit,
    sessions,
    end: latestUntil(sessions) ?? start,
    start: (at) => stateLines(conference, sessions, startOfMinute(at), ticker).flatMap((line) => dated(at, line)),
    changes: (changes) => changes.flatMap((c) => dated(c.at, changeLine(c, ticker))),
    over: (at) => dated(at, summitOverLine(at, ticker)),
  });
  return { out: '', status };
}
