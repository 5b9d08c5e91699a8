/**
 * The one rule for where the tool keeps what it can make again (downloaded schedules, kept parses,
 * zone tables, V8's code cache): small and with no imports but node:path, because the start-up
 * boot (src/boot.ts) asks it too.
 */
import { isAbsolute, join } from 'node:path';

/** XENSUMMIT_CACHE_DIR, else $XDG_CACHE_HOME/xensummit (when absolute, as the XDG spec asks), else ~/.cache/xensummit. */
export function cacheFolder(env: Record<string, string | undefined>): string {
  if (env.XENSUMMIT_CACHE_DIR) return env.XENSUMMIT_CACHE_DIR;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'xensummit');
  // node:os is loaded only where HOME is not set, not at every start.
  return join(env.HOME || (require('node:os') as typeof import('node:os')).homedir(), '.cache', 'xensummit');
}
