/** Running a user's command (remind --exec): through /bin/sh, with the environment it is given, its output to ours. */

/** Runs `command` with exactly `env` and returns its exit status (killed by a signal: 128 + its number, as a shell says). */
export type Runner = (command: string, env: Record<string, string | undefined>) => number;

export const runCommand: Runner = (command, env) => {
  // Loaded on first use: node:child_process costs every start some milliseconds, and only --exec needs it.
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const r = spawnSync('/bin/sh', ['-c', command], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error !== undefined) return 127;
  if (r.status !== null) return r.status;
  return 128 + ((r.signal !== null ? (require('node:os') as typeof import('node:os')).constants.signals[r.signal] : undefined) ?? 0);
};
