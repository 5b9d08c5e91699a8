/**
 * The fast path (bin/xensummit): `--version`, help and completion (`__complete`) are answered from the commands' tables without
 * loading the CLI. Returns undefined for anything else, which the full CLI then runs.
 */
import { answerComplete, COMPLETE } from './commands/complete';
import { helpFor } from './commands/help';
import { SPECS } from './commands/specs';
import { terminalWidth } from './terminal';
import { VERSION } from './version';

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h';
const isCommand = (arg: string | undefined) => SPECS.some((s) => s.name === arg);

export function quickAnswer(argv: readonly string[], env: Record<string, string | undefined>, columns: number | undefined): string | undefined {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return `${VERSION}\n`;
  if (argv[0] === COMPLETE) return answerComplete(argv.slice(1));
  let name: string | undefined;
  if (argv.length === 1 && (isHelp(argv[0]) || argv[0] === 'help')) name = undefined;
  else if (argv.length === 2 && isHelp(argv[1]) && isCommand(argv[0])) name = argv[0];
  else if (argv.length === 2 && argv[0] === 'help' && isCommand(argv[1])) name = argv[1];
  else return undefined;
  return helpFor(SPECS, name, terminalWidth(env, columns));
}
