/**
 * The fast path (bin/xensummit): `--version`, help and completion (`__complete`) are answered from the commands' tables without
 * loading the CLI. Returns undefined for anything else, which the full CLI then runs.
 */
import { answerComplete, COMPLETE } from './commands/complete';
import { helpFor } from './commands/help';
import { helpAsked } from './help-args';
import { SPECS } from './commands/specs';
import { terminalWidth } from './terminal';
import { VERSION } from './version';

const names = SPECS.map((s) => s.name);

export function quickAnswer(argv: readonly string[], env: Record<string, string | undefined>, columns: number | undefined): string | undefined {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return `${VERSION}\n`;
  if (argv[0] === COMPLETE) return answerComplete(argv.slice(1));
  const name = helpAsked(argv, names);
  if (name === undefined) return undefined;
  return helpFor(SPECS, name === '' ? undefined : name, terminalWidth(env, columns));
}
