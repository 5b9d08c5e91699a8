/**
 * The argv the fast paths answer without the CLI (bin/xensummit, src/start.ts and src/fast.ts): the
 * help forms (`--help`, `help`, `CMD --help`, `help CMD`) and TAB completion (`__complete WORD…`).
 */

/** The hidden command the completion scripts call at each TAB (see src/commands/complete.ts). */
export const COMPLETE = '__complete';

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h';

/** '' for the tool's help, a command's name for its help, undefined when argv is not one of those forms. */
export function helpAsked(argv: readonly string[], commands: readonly string[]): string | undefined {
  if (argv.length === 1 && (isHelp(argv[0]) || argv[0] === 'help')) return '';
  if (argv.length === 2 && isHelp(argv[1]) && commands.includes(argv[0])) return argv[0];
  if (argv.length === 2 && argv[0] === 'help' && commands.includes(argv[1])) return argv[1];
  return undefined;
}
