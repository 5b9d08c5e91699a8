/**
 * The fast path (bin/xensummit): help and completion (`__complete`) are answered from the commands'
 * tables without loading the CLI (bin/xensummit answers `--version` itself). Returns undefined for
 * anything else, which the full CLI then runs.
 */
import { answerComplete } from './commands/complete';
import { helpFor } from './commands/help';
import { COMPLETE, helpAsked } from './fast-args';
import { SPECS } from './commands/specs';
import { terminalWidth } from './terminal';

const names = SPECS.map((s) => s.name);

export function quickAnswer(argv: readonly string[], env: Record<string, string | undefined>, columns: number | undefined): string | undefined {
  if (argv[0] === COMPLETE) return answerComplete(argv.slice(1));
  const name = helpAsked(argv, names);
  if (name === undefined) return undefined;
  return helpFor(SPECS, name === '' ? undefined : name, terminalWidth(env, columns));
}
