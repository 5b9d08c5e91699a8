/** Where the data comes from: a file, or an http(s) URL through the cache, and what a refresh changed. */
import { changeCount, scheduleChanges } from '../core/changes';
import { UsageError, XensummitError } from '../errors';
import { otherScheme } from '../io/http';
import { readData } from '../io/load';
import { fetchSchedule, type Remote, type RefreshMode } from '../io/remote';
import { parseTimeout } from '../options';
import type { Zones } from '../core/time';
import type { Conference } from '../types';
import type { CommonOptions, World } from './context';

/** Where progress of a long download goes. */
export interface Stderr {
  stderr: (text: string) => void;
}

/** --refresh and --offline, checked against each other. */
export function refreshMode(options: CommonOptions): RefreshMode {
  if (options.refresh && options.offline) throw new UsageError('--refresh fetches now and --offline never does: give one of them');
  return options.refresh ? 'refresh' : options.offline ? 'offline' : 'auto';
}

/** A file or an http(s) URL; another kind of URL is a usage error rather than a missing file. */
export function checkSource(source: string, what: string): void {
  const scheme = otherScheme(source);
  if (scheme !== undefined) throw new UsageError(`${what} ${source}: only http and https URLs are fetched, not ${scheme}`);
}

/** A schedule at a URL, through the cache (src/io/remote.ts), read by the one loader. */
export function fetchConference(url: string, options: CommonOptions, world: World & Partial<Stderr>, zones: Zones): Promise<Remote<Conference>> {
  const timeout = world.env.XENSUMMIT_TIMEOUT;
  return fetchSchedule(url, (text) => readData(text, url, zones), {
    env: world.env,
    now: world.now,
    fetch: world.fetch,
    progress: world.errIsTTY ? world.stderr : undefined,
    timeoutMs: timeout === undefined ? undefined : parseTimeout(timeout),
  }, refreshMode(options));
}

/** "the schedule changed: 3 sessions (xensummit changes)", when the refresh changed any; the note after a refresh. */
export function changeNote(remote: Remote<Conference>, zones: Zones): string | undefined {
  let old: Conference | undefined;
  try {
    old = remote.previous && readData(remote.previous.text, remote.url, zones);
  } catch (error) {
    // A previous version this build cannot read has nothing to compare.
    if (!(error instanceof XensummitError)) throw error;
  }
  const n = changeCount(scheduleChanges(remote.value, old));
  return n === 0 ? undefined : `the schedule changed: ${n} session${n === 1 ? '' : 's'} (xensummit changes)`;
}
