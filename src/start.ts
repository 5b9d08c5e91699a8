/**
 * What bin/xensummit loads first, small so that `--version` and help into a pipe cost next to
 * nothing: the output writers (src/io/stdout.ts), the loader of the CLI's bundle with its code cache
 * (src/boot.ts), and the help as the build wrote it for the width of output that is not a terminal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootBundle, cacheVariant } from './boot';
import { COMPLETE, helpAsked } from './fast-args';
import { terminalWidth } from './terminal';

export { outputIsTerminal, processOutputs } from './io/stdout';

/** The command names, put in by the build (scripts/build.mjs), from the commands' tables. */
declare const XENSUMMIT_COMMANDS: readonly string[];

/** The width the build renders help at (dist/help.json): that of output that is not a terminal. */
export const PRERENDERED_WIDTH = terminalWidth({}, undefined);

/**
 * The help argv asks for, from dist/help.json, when it is wanted at the width it was written for
 * (not a terminal, COLUMNS unset or that width); else undefined, and dist/fast.js renders it.
 */
export function prerenderedHelp(argv: readonly string[], env: Record<string, string | undefined>, terminal: boolean, dist: string): string | undefined {
  if (terminal || terminalWidth(env, undefined) !== PRERENDERED_WIDTH) return undefined;
  const name = helpAsked(argv, XENSUMMIT_COMMANDS);
  if (name === undefined) return undefined;
  return (JSON.parse(readFileSync(join(dist, 'help.json'), 'utf8')) as Record<string, string>)[name];
}

/** True when dist/fast.js answers argv (help, completion); else the CLI runs. */
export function answeredFast(argv: readonly string[]): boolean {
  return argv[0] === COMPLETE || helpAsked(argv, XENSUMMIT_COMMANDS) !== undefined;
}

/** The CLI's bundle, run with the code cache of the command argv names. */
export function boot(file: string, argv: readonly string[]): unknown {
  return bootBundle(file, cacheVariant(argv, XENSUMMIT_COMMANDS));
}
