/** changes: what changed between two versions of a schedule, or in --data URL since the version before. */
import { changeCount, scheduleChanges, sessionKey, starredFirst } from '../core/changes';
import { hashSessions, identityOf, openState } from '../io/state';
import type { Conference } from '../types';
import { UsageError } from '../errors';
import { readData } from '../io/load';
import { moment } from '../render/clock';
import { changesJson } from '../render/json';
import { renderChanges } from '../render/changes';
import * as flag from './flags';
import type { CommonOptions, Context, Output } from './context';
import type { CommandSpec } from './spec';

/** The exit code when something changed (as diff says 1; 1 and 2 are taken by errors and usage). */
export const CHANGED_STATUS = 3;

export const spec: CommandSpec = {
  name: 'changes',
  summary: 'what changed between two schedules (files or URLs), or in --data URL since the version before',
  details:
    'Sessions are matched by id: cancelled, added, and for the others each changed field, old → new. ' +
    `Starred sessions come first, marked. Exit 0 when nothing changed, ${CHANGED_STATUS} when something did.`,
  args: [
    { name: 'old', help: 'the earlier schedule: a file or an http(s) URL', required: false, complete: 'files' },
    { name: 'new', help: 'the later schedule', required: false, complete: 'files' },
  ],
  options: [flag.tz, flag.json, ...flag.dataAndColor],
  examples: ['xensummit changes old.json new.json', 'xensummit changes --data https://example.org/schedule.json', 'xensummit changes old.json new.json --json'],
};

/**
 * STARS HOOK: the session keys (core/changes sessionKey) the user starred in this conference, to
 * come from the stars state (src/io/state) once it exists; until then, none.
 */
function starredIn(ctx: Context, source: string | undefined, pair: { old: Conference; now: Conference }): ReadonlySet<string> {
  // The stars kept for the new schedule's conference: --data's, or NEW's.
  const store = source === undefined ? ctx.state : openState(ctx.env, identityOf(source, pair.now, () => hashSessions(pair.now.sessions)));
  const { stars } = store.read();
  return new Set([...pair.now.sessions, ...pair.old.sessions].filter((s) => Object.hasOwn(stars, s.id)).map(sessionKey));
}

export async function run(ctx: Context, options: CommonOptions, given: (string | undefined)[]): Promise<Output> {
  const args = given.filter((a): a is string => a !== undefined);
  let pair: { old: Conference; now: Conference; labels: { from: string; to: string } };
  if (args.length === 2) {
    if (options.data !== undefined) throw new UsageError('changes OLD NEW compares those two; --data is for changes with no arguments');
    const [old, now] = [await ctx.open(args[0]), await ctx.open(args[1])];
    pair = { old, now, labels: { from: args[0], to: args[1] } };
  } else if (args.length === 1) {
    throw new UsageError('changes takes two schedules, OLD and NEW, or none (to compare --data URL with the version before)');
  } else {
    const { remote } = ctx;
    if (remote === undefined) throw new UsageError('changes with no arguments compares --data URL with the version fetched before it; give --data URL, or OLD and NEW');
    const previous = remote.previous;
    if (previous === undefined) return { out: '', err: `No earlier version of ${remote.url} has been fetched yet: nothing to compare.\n` };
    const now = ctx.conference;
    const clock = ctx.clock;
    pair = {
      old: readData(previous.text, remote.url, ctx.zones),
      now,
      labels: { from: `the version fetched ${moment(previous.fetchedAt, clock)}`, to: `the one fetched ${moment(remote.fetchedAt, clock)}` },
    };
    remote.markAnnounced();
  }
  const starred = starredIn(ctx, args.length === 2 ? args[1] : undefined, pair);
  const changes = starredFirst(scheduleChanges(pair.now, pair.old), starred);
  const status = changeCount(changes) === 0 ? undefined : CHANGED_STATUS;
  if (ctx.json) return { out: changesJson(changes, pair.labels, starred, { zones: ctx.zones, venueZone: pair.now.venue.timeZone }, ctx.pretty), status };
  return { out: renderChanges(changes, pair.labels, starred, ctx.renderFor(pair.now)), status };
}
