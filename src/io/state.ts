/**
 * The state folder, the only code that touches it: one JSON file per conference with the stars,
 * hidden items and what `remind` announced (README, "My summit").
 *
 * A change takes the folder's lock for that file (a lock file made whole with link(2), which fails if
 * it exists), re-reads the file, applies the change to what it read, writes the result atomically
 * (temporary file, fsync, rename, fsync of the folder) and lets the lock go. A lock whose holder is
 * gone (its process no longer runs on this host, or it is older than a minute) is broken. A file that
 * cannot be read as this version's state is reported in one line and never written over.
 */
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
// node:os is loaded when a lock is taken, not at every start.
const hostname = (): string => (require('node:os') as typeof import('node:os')).hostname();
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { OutputError, StateError, fsReason } from '../errors';
import { EMPTY, PRIORITIES, type Announced, type Mine, type Priority } from '../core/mine';
import { tempPrefix, writeFileAtomic } from './write';
import { sha256Hex } from '../core/sha256';

/** node:crypto, loaded on first use: most runs never need it, and it costs every start to load. */
const crypto = (): typeof import('node:crypto') => require('node:crypto') as typeof import('node:crypto');

/** The version of the state file's shape this code reads and writes. */
export const SCHEMA = 1;

/** Which conference a state file belongs to. */
export interface Identity {
  /** The bundled conference's acronym, or "file:" and the absolute path of the --data file it was read from. */
  key: string;
  acronym: string;
  title: string;
  /** A hash of the sessions, stored for information only: a changed schedule keeps its state. */
  sessionsHash: () => string;
}

export interface StateStore {
  /** The state file, or undefined when there is no folder to keep it in. */
  readonly path: string | undefined;
  /** The state as it is on disk now (empty when there is no file yet). */
  read(): Mine;
  /** Re-reads the state under the lock, applies `change` to it and writes the result, whole; returns what `change` returns. */
  change<T>(change: (read: Mine) => { mine: Mine; result: T }): T;
}

type Env = Record<string, string | undefined>;

/** $XENSUMMIT_STATE_DIR, else $XDG_STATE_HOME/xensummit, else ~/.local/state/xensummit; undefined with none of them. */
export function stateFolder(env: Env): string | undefined {
  if (env.XENSUMMIT_STATE_DIR) return resolve(env.XENSUMMIT_STATE_DIR);
  // The XDG base directory specification: a relative path is invalid and is ignored.
  if (env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME)) return join(env.XDG_STATE_HOME, 'xensummit');
  if (env.HOME) return join(env.HOME, '.local', 'state', 'xensummit');
  return undefined;
}

/** The identity of the bundled conference (`data` undefined), or of what --data read: the URL, or the file's full path. */
export function identityOf(data: string | undefined, conference: { acronym: string; title: string }, sessionsHash: () => string): Identity {
  const key = data === undefined ? conference.acronym : /^https?:\/\//i.test(data) ? `url:${data}` : `file:${resolve(data)}`;
  return { key, acronym: conference.acronym, title: conference.title, sessionsHash };
}

const sha256 = (text: string) => crypto().createHash('sha256').update(text).digest('hex');

/** "xensummit-2007.json" for the bundled summit; "ACRONYM-HASH.json" for a data file, one per path. */
export function stateFileName(identity: Identity): string {
  const slug = identity.acronym.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 60) || 'conference';
  // The path's digest without node:crypto (see src/core/sha256.ts): reading stars costs no module load.
  return identity.key === identity.acronym ? `${slug}.json` : `${slug}-${sha256Hex(identity.key).slice(0, 12)}.json`;
}

/** A hash of what the sessions are (ids, times, rooms), for the state file's information. */
export function hashSessions(sessions: readonly { id: string; startsAt: Date; until: Date; room: string | null }[]): string {
  return `sha256:${sha256(JSON.stringify(sessions.map((s) => [s.id, s.startsAt.getTime(), s.until.getTime(), s.room])))}`;
}

// ---- reading and writing the file ----

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function damaged(path: string, what: string): StateError {
  return new StateError(`state file ${path} is damaged: ${what}; it is left as it is (move it away to start afresh)`);
}

/** The state in `text`, checked: this schema or an older one, this conference, every field of its shape. */
export function parseState(text: string, path: string, identity: Identity): Mine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw damaged(path, `not valid JSON (${fsReason(error)})`);
  }
  if (!isObject(json)) throw damaged(path, 'not a JSON object');
  const { schema } = json;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) throw damaged(path, 'no schema version');
  if (schema > SCHEMA) {
    throw new StateError(`state file ${path} was written by a newer xensummit (schema ${schema}; this one reads ${SCHEMA}); it is left as it is`);
  }
  const key = isObject(json.conference) ? json.conference.key : undefined;
  if (key !== identity.key) {
    throw new StateError(`state file ${path} belongs to another conference (${JSON.stringify(key ?? null)}, not ${JSON.stringify(identity.key)}); it is left as it is`);
  }
  const stars: Record<string, Priority> = {};
  const rawStars = json.stars ?? {};
  if (!isObject(rawStars)) throw damaged(path, '"stars" is not an object');
  for (const [id, p] of Object.entries(rawStars)) {
    if (!PRIORITIES.includes(p as Priority)) throw damaged(path, `the priority of star ${JSON.stringify(id)} is not high or normal`);
    stars[id] = p as Priority;
  }
  const hidden = json.hidden ?? { tracks: [], sessions: [] };
  if (!isObject(hidden) || !isStrings(hidden.tracks ?? []) || !isStrings(hidden.sessions ?? [])) throw damaged(path, '"hidden" is not { tracks: [string], sessions: [string] }');
  const reminded: Record<string, Announced> = {};
  const rawReminded = json.reminded ?? {};
  if (!isObject(rawReminded)) throw damaged(path, '"reminded" is not an object');
  for (const [id, r] of Object.entries(rawReminded)) {
    if (!isObject(r) || typeof r.start !== 'string' || !(r.room === null || typeof r.room === 'string')) throw damaged(path, `the reminder of ${JSON.stringify(id)} is not { start, room }`);
    reminded[id] = { start: r.start, room: r.room };
  }
  return { stars, hidden: { tracks: (hidden.tracks ?? []) as string[], sessions: (hidden.sessions ?? []) as string[] }, reminded };
}

export function serializeState(mine: Mine, identity: Identity): string {
  const record = {
    schema: SCHEMA,
    conference: { key: identity.key, acronym: identity.acronym, title: identity.title },
    sessionsHash: identity.sessionsHash(),
    stars: mine.stars,
    hidden: mine.hidden,
    reminded: mine.reminded,
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateError(`cannot read state file ${path}: ${fsReason(error)}`);
  }
}

// ---- the lock ----

/** How long a change waits for another one to finish before giving up. */
const LOCK_WAIT_MS = 10_000;
/** A lock older than this is stale whoever holds it: a change holds it for milliseconds. */
const STALE_MS = 60_000;

interface LockHolder {
  pid: number;
  host: string;
  token: string;
  at: number;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as LockHolder;
    return typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.at === 'number' ? h : undefined;
  } catch {
    return undefined;
  }
}

function isStale(text: string, lockPath: string): boolean {
  const holder = holderOf(text);
  if (holder !== undefined && holder.host === hostname() && !alive(holder.pid)) return true;
  const since = holder?.at ?? statMtime(lockPath);
  return since !== undefined && Date.now() - since > STALE_MS;
}

function statMtime(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** Breaks a stale lock: moved aside first, so that of several processes only one breaks it; a live lock moved by mistake is put back. */
function breakLock(lockPath: string, seen: string, token: string): void {
  const aside = join(dirname(lockPath), `${tempPrefix(lockPath)}${process.pid}.${token}.broken`);
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // another process broke it first
  }
  if (readText(aside) !== seen) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // A new lock is already there.
    }
  }
  unlinkQuietly(aside);
}

/** Takes the lock of `path` and returns the function that lets it go. */
function lock(path: string): () => void {
  const lockPath = `${path}.lock`;
  const token = crypto().randomBytes(8).toString('hex');
  const content = JSON.stringify({ pid: process.pid, host: hostname(), token, at: Date.now() } satisfies LockHolder);
  // Made whole beside the lock, then linked into place: the lock file is never seen empty or half written.
  const temp = join(dirname(lockPath), `${tempPrefix(lockPath)}${process.pid}.${token}`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    writeSync(fd, content);
    closeSync(fd);
  } catch (error) {
    throw new StateError(`cannot lock state file ${path}: ${fsReason(error)}`);
  }
  const deadline = Date.now() + LOCK_WAIT_MS;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(temp, lockPath);
        return () => {
          if (readText(lockPath) === content) unlinkQuietly(lockPath);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new StateError(`cannot lock state file ${path}: ${fsReason(error)}`);
      }
      const held = readText(lockPath);
      if (held === undefined) continue;
      if (isStale(held, lockPath)) {
        breakLock(lockPath, held, token);
        continue;
      }
      if (Date.now() > deadline) {
        const holder = holderOf(held);
        const by = holder === undefined ? '' : ` by process ${holder.pid} on ${holder.host}`;
        throw new StateError(`state file ${path} is locked${by}; if no xensummit is running, remove ${lockPath}`);
      }
      sleep(Math.min(50, 1 + attempt) + Math.floor(Math.random() * 5));
    }
  } finally {
    unlinkQuietly(temp);
  }
}

/** Removes what killed processes left behind: temporary state files (only the lock's holder writes them) and lock files of dead processes. */
function cleanLeftovers(path: string): void {
  const folder = dirname(path);
  const name = basename(path);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stateTemp = new RegExp(`^\\.${escaped}\\.\\d+\\.[0-9a-f]+\\.tmp$`);
  const lockTemp = new RegExp(`^\\.${escaped}\\.lock\\.(\\d+)\\.[0-9a-f]+(\\.broken)?$`);
  for (const entry of readdirSync(folder)) {
    const pid = lockTemp.exec(entry)?.[1];
    if (stateTemp.test(entry) || (pid !== undefined && !alive(Number(pid)))) unlinkQuietly(join(folder, entry));
  }
}

// ---- the store ----

export function openState(env: Env, identity: Identity): StateStore {
  const folder = stateFolder(env);
  const path = folder === undefined ? undefined : join(folder, stateFileName(identity));
  const read = (file: string): Mine => {
    const text = readText(file);
    return text === undefined ? EMPTY : parseState(text, file, identity);
  };
  return {
    path,
    read: () => (path === undefined ? EMPTY : read(path)),
    change(change) {
      if (folder === undefined || path === undefined) {
        throw new StateError('no state folder: set XENSUMMIT_STATE_DIR, XDG_STATE_HOME or HOME');
      }
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
      } catch (error) {
        throw new StateError(`cannot make the state folder ${folder}: ${fsReason(error, { EEXIST: 'a file is there, not a folder' })}`);
      }
      const release = lock(path);
      try {
        cleanLeftovers(path);
        const before = read(path);
        const { mine, result } = change(before);
        const text = serializeState(mine, identity);
        if (text !== serializeState(before, identity)) {
          try {
            writeFileAtomic(path, text, { syncFolder: true });
          } catch (error) {
            throw error instanceof OutputError ? new StateError(error.message.replace(/^cannot write/, 'cannot write state file')) : error;
          }
        }
        return result;
      } finally {
        release();
      }
    },
  };
}
