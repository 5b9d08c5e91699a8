/** Help text from the commands' tables, wrapped to the terminal: `xensummit --help`, `xensummit COMMAND --help`. */
import { twoColumns, wrap } from './wrap';
import type { CommandSpec } from '../commands/spec';

export const PROGRAM = 'xensummit';
export const DESCRIPTION =
  'The agenda of the Xen Summit, 17-18 April 2007, IBM TJ Watson: what is on now, the schedule, who wrote Xen. --data (or XENSUMMIT_DATA) reads any conference that publishes a schedule.xml or schedule.json.';
const PROGRAM_EXAMPLES = ['xensummit now --at "tues 10:45"', 'xensummit schedule --day weds', 'xensummit stats --sort checkins', 'xensummit <command> --help'];

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function examples(lines: readonly string[], width: number): string {
  return `Examples:\n${lines.map((l) => wrap(`  $ ${l}`, width, '    ')).join('\n')}\n`;
}

export function usage(spec: CommandSpec): string {
  const args = spec.args.map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`));
  return [PROGRAM, spec.name, ...(spec.options.length > 0 ? ['[options]'] : []), ...args].join(' ');
}

export function renderCommandHelp(spec: CommandSpec, width: number): string {
  const parts = [`Usage: ${usage(spec)}`, '', wrap(sentence(spec.summary), width)];
  if (spec.details !== undefined) parts.push('', wrap(spec.details, width));
  if (spec.args.length > 0) parts.push('', 'Arguments:', twoColumns(spec.args.map((a) => [a.name, a.help]), width));
  const options: [string, string][] = [...spec.options.map((o): [string, string] => [o.flags, o.help]), ['-h, --help', 'this help']];
  parts.push('', 'Options:', twoColumns(options, width), '', examples(spec.examples, width));
  return parts.join('\n');
}

export function renderProgramHelp(specs: readonly CommandSpec[], width: number): string {
  return [
    `Usage: ${PROGRAM} [command] [options]`,
    '',
    wrap(DESCRIPTION, width),
    '',
    'Commands:',
    twoColumns(specs.map((s) => [s.args.length === 0 ? s.name : `${s.name} ${s.args.map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`)).join(' ')}`, s.summary]), width),
    '',
    'Options:',
    twoColumns([['-V, --version', 'the version number'], ['-h, --help', 'this help']], width),
    '',
    examples(PROGRAM_EXAMPLES, width),
  ].join('\n');
}
