/** remind: announce my starred sessions that start soon, each once (for cron), or run a command for each. */
import { XensummitError } from '../errors';
import { addReminded, removeReminded, starredSessions, type Announced, type Mine } from '../core/mine';
import { dueReminders, type Due } from '../core/remind';
import { parseDuration } from '../options';
import { remindLine } from '../render/remind';
import { sessionLabel } from '../render/session';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'remind',
  summary: 'announce my starred sessions that start soon, each once (for a cron job)',
  details:
    'Announces each session starting within the window (from now, both ends included) once: what it announced, with the start and room, is kept in the state folder, and a session whose time or room changes in the data is announced again. --exec runs CMD through /bin/sh for each, with XENSUMMIT_ID, XENSUMMIT_TITLE, XENSUMMIT_START (ISO 8601), XENSUMMIT_ROOM (empty when the data gives none) in its environment; a CMD that fails is announced again next time, and remind exits 1. --at is a dry run: it announces as at that moment and records nothing.',
  args: [],
  options: [
    { flags: '--within <span>', key: 'within', help: 'how far ahead to look: 10m (the default), 1h, 1h30m', parse: (v: string) => parseDuration('--within', v) },
    { flags: '--exec <cmd>', key: 'exec', help: 'run CMD for each session instead of printing a line' },
    { flags: '--all', key: 'all', help: 'every session of the data, not only my starred ones' },
    { ...flag.at, help: `a dry run as if it were this moment (nothing recorded); ${flag.at.help.replace(/^reason as if it were this moment: /, '')}` },
    flag.tz,
    flag.data,
  ],
  examples: ['xensummit remind', 'xensummit remind --within 15m --exec \'notify-send "$XENSUMMIT_TITLE" "$XENSUMMIT_ROOM"\'', 'xensummit remind --at "tues 10:25"'],
};

export interface RemindOptions {
  within?: number;
  exec?: string;
  all?: boolean;
  at?: string;
}

const TEN_MINUTES = 10 * 60_000;

export function run(ctx: Context, options: RemindOptions): Output {
  const { conference, at } = ctx;
  const within = options.within ?? TEN_MINUTES;
  const startOf = (s: { startsAt: Date }) => ctx.zones.iso(s.startsAt, conference.venue.timeZone);
  const due = (read: Mine): Due[] => dueReminders(options.all === true ? conference.sessions : starredSessions(conference.sessions, read), read, at, within, startOf);
  const dry = options.at !== undefined;
  const record = (list: readonly Due[]): Record<string, Announced> => Object.fromEntries(list.map((d) => [d.session.id, d.announce]));
  // Recorded before it is announced, under the state's lock: two runs at once announce a session once.
  const announced = dry
    ? due(ctx.state.read())
    : ctx.state.change((read) => {
        const list = due(read);
        return { mine: addReminded(read, record(list)), result: list };
      });
  if (options.exec === undefined) return { out: announced.map((d) => remindLine(d, at, ctx.render)).join('') };
  const failed: { due: Due; status: number }[] = [];
  for (const d of announced) {
    const s = d.session;
    const status = ctx.exec(options.exec, {
      ...ctx.env,
      XENSUMMIT_ID: s.id,
      XENSUMMIT_TITLE: sessionLabel(s).replace(/\0/g, ''),
      XENSUMMIT_START: d.announce.start,
      XENSUMMIT_ROOM: (s.room ?? '').replace(/\0/g, ''),
    });
    if (status !== 0) failed.push({ due: d, status });
  }
  if (failed.length === 0) return { out: '' };
  if (!dry) ctx.state.change((read) => ({ mine: removeReminded(read, record(failed.map((f) => f.due))), result: undefined }));
  const which = failed.map((f) => `${f.due.session.id} (exit ${f.status})`).join(', ');
  throw new XensummitError(`--exec failed for ${which}${dry ? '' : ': announced again on the next run'}`);
}
