/**
 * Runs a CommonJS bundle through vm.Script with V8's code cache, and returns its exports. The cache
 * is tied to the Node version, the V8 flags (NODE_OPTIONS=--max-old-space-size=… changes them) and
 * the bundle, so it lives in the user's cache folder, one file per such combination, not in the
 * package: a read-only install, another Node or other flags never make it rewrite itself on every run.
 * One cache per command (see `cacheVariant`).
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isAscii } from 'node:buffer';
import { cacheFolder } from './io/cache-folder';
import { fnv1a } from './core/fnv';

/** Node's own CommonJS wrapper (Module.wrapper): the same text, so the same code cache. */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/** A short, stable hash of a string: no crypto module to load at start-up. */
const hash = (text: string): string => fnv1a(text).toString(36);

/**
 * The command a run is for, when argv names one: each command has a cache of its own, holding the
 * functions that command compiled, so that no command runs with a cache another one wrote.
 */
export function cacheVariant(argv: readonly string[], commands: readonly string[]): string {
  const named = argv.find((a) => !a.startsWith('-'));
  return named !== undefined && commands.includes(named) ? named : 'default';
}

/** Where the code caches live; none where not even a home folder is known. */
function v8Folder(env: NodeJS.ProcessEnv): string | undefined {
  try {
    return join(cacheFolder(env), 'v8');
  } catch {
    return undefined;
  }
}

/** How long a cache that another build, Node or set of flags wrote is kept after it was written. */
export const STALE_MS = 30 * 86_400_000;
/**
 * How many caches of the same bundle and command under other keys are kept, however young: enough
 * for Node versions or flags used by turns, each with its own; not one per build a month of
 * upgrades (or of a checkout's rebuilds) made, at 300 KB a command each.
 */
export const KEEP_OTHERS = 3;

/**
 * Removes what an old build left in the cache folder, when a cache was just written (`written`):
 * caches of the same bundle and command under another key written more than STALE_MS ago, or older
 * than the KEEP_OTHERS newest of them; and temporary files of writes that never finished, a day on.
 */
export function pruneCaches(folder: string, written: string, now: number): void {
  // "xensummit.js-now-KEY.cache": the same bundle and command, any key (keys are base 36, no "-").
  const prefix = written.slice(0, written.lastIndexOf('-') + 1);
  const sameCommand = (name: string) => name.startsWith(prefix) && /^[0-9a-z]+\.cache$/.test(name.slice(prefix.length));
  const writtenAt = (name: string) => {
    try {
      return statSync(join(folder, name)).mtimeMs;
    } catch {
      return undefined;
    }
  };
  const remove = (name: string) => {
    try {
      unlinkSync(join(folder, name));
    } catch {
      // Gone already, or not ours to remove.
    }
  };
  const others: { name: string; at: number }[] = [];
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.tmp')) {
      const at = writtenAt(name);
      if (at !== undefined && now - at > 86_400_000) remove(name);
    } else if (name !== written && sameCommand(name)) {
      const at = writtenAt(name);
      if (at !== undefined) others.push({ name, at });
    }
  }
  others.sort((a, b) => b.at - a.at);
  others.forEach(({ name, at }, i) => {
    if (i >= KEEP_OTHERS || now - at > STALE_MS) remove(name);
  });
}

/** Runs the bundle `file`, with the code cache kept for `variant` (see cacheVariant). */
export function bootBundle(file: string, variant: string): unknown {
  // The bundle is ASCII (esbuild escapes the rest), and an ASCII file read as latin1 is the same
  // string, made by a plain copy: measured about 1 ms faster than decoding its 400 KB as UTF-8.
  // V8 checks only the length of the source a cache was made from: a rebuilt bundle of the same
  // length would run the old one's code. So the bundle's file times are part of the key too (its
  // change time as well, which a copy that keeps the modification time cannot set back), taken
  // from the open file before it is read: a bundle replaced meanwhile never gets the old one's key.
  const fd = openSync(file, 'r');
  let stats: Stats;
  let bytes: Buffer;
  try {
    stats = fstatSync(fd);
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const folder = v8Folder(process.env);
  const key = hash([process.version, process.arch, process.execArgv.join(' '), process.env.NODE_OPTIONS || '', file, source.length, stats.mtimeMs, stats.ctimeMs, stats.ino].join('\n'));
  const cacheFile = folder === undefined ? undefined : join(folder, `${basename(file)}-${variant}-${key}.cache`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile !== undefined) cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // node:vm is loaded here, not when this file is: `--version` and help into a pipe never need it.
  const { Script } = require('node:vm') as typeof import('node:vm');
  const script = new Script(`${WRAPPER[0]}${source}${WRAPPER[1]}`, { filename: file, cachedData });
  const mod = { exports: {} };
  // The bundle's require resolves beside it: this module's own, when it lives in the same folder
  // (dist/start.js and dist/xensummit.js), which spares loading node:module (0.5 ms).
  const requireFor = dirname(file) === __dirname ? require : (require('node:module') as typeof import('node:module')).createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, requireFor, mod, file, dirname(file));
  if (cacheFile !== undefined && folder !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // Written when the run is over, so the cache holds the functions it compiled; atomically, so a
    // concurrent run never reads half a cache. Where the folder cannot be written, runs go without.
    process.once('exit', () => {
      try {
        mkdirSync(folder, { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
        pruneCaches(folder, basename(cacheFile), Date.now());
      } catch {
        // No cache: every start compiles, as plain `require` would.
      }
    });
  }
  return mod.exports;
}
