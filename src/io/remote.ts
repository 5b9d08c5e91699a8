/**
 * A schedule at a URL, kept for offline use. Within the refresh interval a start uses the cached copy
 * and makes no request; after it, a conditional request (a 304 keeps the copy). A download that fails
 * or does not parse falls back to the cached copy (the caller says so, with its age), and never
 * replaces it: a body is parsed before it is kept. The time compared is the caller's clock.
 */
import { DataError, OutputError, XensummitError } from '../errors';
import { cacheFolder, entryFile, readEntry, writeEntry, type CacheEntry, type Read } from './cache';
import { download, FetchError, type HttpIo } from './http';

export const REFRESH_INTERVAL_MS = 15 * 60_000;

/** auto: the interval decides; refresh: ask the server now; offline: never ask. */
export type RefreshMode = 'auto' | 'refresh' | 'offline';

export interface RemoteIo extends HttpIo {
  /** The clock the interval is measured on. */
  now: Date;
  /** Time limit for one download, ms. */
  timeoutMs?: number;
}

/** Why the cached copy was used instead of a fresh one, and how old it is. */
export interface Fallback {
  reason: string;
  /** When the server last confirmed the copy. */
  checkedAt: Date;
}

export interface Remote<T> {
  url: string;
  /** The schedule, parsed. */
  value: T;
  text: string;
  /** When this version was downloaded. */
  fetchedAt: Date;
  /** The version the cache held before this one, for `changes`; absent before the first change. */
  previous?: { text: string; fetchedAt: Date };
  /** This start fetched a changed schedule, or an earlier start did and it has not been announced. */
  unannounced: boolean;
  /** Set when a fetch failed and the cached copy stands in. */
  fallback?: Fallback;
  /** Things to say on stderr: a cache that could not be written or was set aside. */
  warnings: string[];
  /** Marks the change as announced (only if the cache still holds this version). */
  markAnnounced(): void;
}

/** A reason in a few words from a failed parse: the reader's message without the URL it starts with. */
function parseReason(error: XensummitError, url: string): string {
  return error.message.startsWith(`${url}: `) ? `the download is not a schedule: ${error.message.slice(url.length + 2)}` : error.message;
}

/**
 * The schedule at `url`, parsed with `parse` (which throws a XensummitError for a body it cannot
 * read). Throws FetchError or DataError in one line when there is neither a download nor a copy.
 */
export async function fetchSchedule<T>(url: string, parse: (text: string) => T, io: RemoteIo, mode: RefreshMode): Promise<Remote<T>> {
  const folder = cacheFolder(io.env);
  const file = entryFile(folder, url);
  const warnings: string[] = [];
  const read = readEntry(file, url);
  const cached = read.kind === 'ok' ? read.entry : undefined;
  let writable = true;
  /** What a damaged entry is told as: "the cached copy of URL is damaged (…); set aside as FILE". */
  const damaged = (r: Read & { kind: 'damaged' }) => `the cached copy of ${url} ${r.problem}${r.setAside === undefined ? '' : `; set aside as ${r.setAside}`}`;
  if (read.kind === 'damaged') {
    warnings.push(damaged(read));
    writable = read.setAside !== undefined;
  }
  const keep = (entry: CacheEntry) => {
    if (!writable) return;
    try {
      writeEntry(file, folder, entry);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      warnings.push(`the download is not kept for offline use: ${error.message}`);
    }
  };
  const result = (entry: CacheEntry, value: T, fallback?: Fallback): Remote<T> => ({
    url,
    value,
    text: entry.body,
    fetchedAt: new Date(entry.fetchedAt),
    previous: entry.previous === undefined ? undefined : { text: entry.previous.body, fetchedAt: new Date(entry.previous.fetchedAt) },
    unannounced: entry.unannounced === true,
    fallback,
    warnings,
    markAnnounced() {
      const again = readEntry(file, url);
      if (again.kind === 'ok' && again.entry.body === entry.body && again.entry.unannounced === true) keep({ ...again.entry, unannounced: false });
    },
  });
  const fromCache = (entry: CacheEntry, fallback?: Fallback) => result(entry, parse(entry.body), fallback);

  const now = io.now.getTime();
  if (mode === 'offline') {
    if (cached === undefined) throw new DataError(`no copy of ${url} is cached, and --offline fetches none`);
    return fromCache(cached);
  }
  const age = cached === undefined ? Infinity : now - Date.parse(cached.checkedAt);
  if (mode === 'auto' && cached !== undefined && age >= 0 && age < REFRESH_INTERVAL_MS) return fromCache(cached);

  const checked = new Date(now).toISOString();
  let got;
  try {
    got = await download(url, { etag: cached?.etag, lastModified: cached?.lastModified }, io, io.timeoutMs);
  } catch (error) {
    if (!(error instanceof FetchError) || cached === undefined) throw error;
    return fromCache(cached, { reason: error.reason, checkedAt: new Date(cached.checkedAt) });
  }
  if (got.status === 'not-modified') {
    if (cached === undefined) throw new FetchError(url, 'the server answered 304 to a request for the whole schedule');
    const entry = { ...cached, checkedAt: checked };
    keep(entry);
    return fromCache(entry);
  }
  let value: T;
  try {
    value = parse(got.body);
  } catch (error) {
    if (!(error instanceof XensummitError)) throw error;
    if (cached === undefined) throw new DataError(`${url}: ${parseReason(error, url)}`);
    return fromCache(cached, { reason: parseReason(error, url), checkedAt: new Date(cached.checkedAt) });
  }
  const validators = { etag: got.etag, lastModified: got.lastModified };
  // Read again: another run may have kept a newer download while this one waited for the network,
  // and that version is the one this download replaces (the one `changes` compares with).
  const again = writable ? readEntry(file, url) : undefined;
  if (again?.kind === 'damaged') warnings.push(damaged(again));
  const base = again?.kind === 'ok' ? again.entry : cached;
  const entry: CacheEntry =
    base !== undefined && base.body === got.body
      ? { ...base, ...validators, checkedAt: checked }
      : {
          format: 1,
          url,
          body: got.body,
          ...validators,
          fetchedAt: checked,
          checkedAt: checked,
          previous: base === undefined ? undefined : { body: base.body, fetchedAt: base.fetchedAt },
          unannounced: base !== undefined,
        };
  keep(entry);
  return result(entry, value);
}
