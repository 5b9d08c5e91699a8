/** help [COMMAND]: the tool's help, or one command's. */
import { UsageError } from '../errors';
import { suggestion } from '../core/suggest';
import { renderCommandHelp, renderProgramHelp } from '../render/help';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'help',
  summary: "the tool's help, or a command's",
  args: [{ name: 'command', help: 'the command to explain', required: false, complete: 'commands' }],
  options: [],
  examples: ['xensummit help schedule'],
};

/** Help for `name` (or the tool), wrapped to `width`. */
export function helpFor(specs: readonly CommandSpec[], name: string | undefined, width: number): string {
  if (name === undefined) return renderProgramHelp(specs, width);
  const command = specs.find((s) => s.name === name);
  if (command === undefined) {
    throw new UsageError(`unknown command "${name}": use one of ${specs.map((s) => s.name).join(', ')}${suggestion(name, specs.map((s) => s.name))}`);
  }
  return renderCommandHelp(command, width);
}
