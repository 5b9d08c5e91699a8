/** The man page, xensummit(1), from the commands' tables (written at build time by scripts/build.mjs). */
import { DESCRIPTION, PROGRAM, usage } from './help';
import type { CommandSpec } from '../commands/spec';
import type { Variable } from '../environment';

/** Text for roff: backslashes and hyphens escaped, no line starting with a control character. */
export function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

const bold = (text: string) => `\\fB${roff(text)}\\fR`;

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function command(spec: CommandSpec): string[] {
  const lines = ['.SS ' + roff(usage(spec).slice(PROGRAM.length + 1)), roff(sentence(spec.summary))];
  if (spec.details !== undefined) lines.push('.PP', roff(spec.details));
  for (const a of spec.args) lines.push('.TP', `\\fI${roff(a.name)}\\fR`, roff(a.help));
  for (const o of spec.options) lines.push('.TP', bold(o.flags), roff(o.help));
  if (spec.examples.length > 0) lines.push('.PP', 'Examples:', '.RS', '.nf', ...spec.examples.map((e) => roff(`$ ${e}`)), '.fi', '.RE');
  return lines;
}

export interface ManPage {
  specs: readonly CommandSpec[];
  environment: readonly Variable[];
  version: string;
}

export function renderMan({ specs, environment, version }: ManPage): string {
  const lines = [
    `.TH XENSUMMIT 1 "" "${PROGRAM} ${roff(version)}" "User Commands"`,
    // No hyphenation, ragged right: option names and zone names stay whole.
    '.nh',
    '.ad l',
    '.SH NAME',
    `${PROGRAM} \\- ${roff(DESCRIPTION.replace(/^The a/, 'a').replace(/\.$/, ''))}`,
    '.SH SYNOPSIS',
    `${bold(PROGRAM)} [\\fIcommand\\fR] [\\fIoptions\\fR]`,
    '.SH DESCRIPTION',
    roff(DESCRIPTION),
    '.PP',
    roff('With no command, xensummit runs now. Options may come before or after the command name. Every command takes -h, --help; xensummit -V, --version prints the version.'),
    '.SH COMMANDS',
    ...specs.flatMap(command),
    '.SH ENVIRONMENT',
    ...environment.flatMap((v) => ['.TP', bold(v.name), roff(v.help)]),
    '.SH EXIT STATUS',
    '.TP', '0', 'success, including a filter that matches nothing',
    '.TP', '1', roff('a data file that cannot be read or is not valid; an output that cannot be written'),
    '.TP', '2', roff('usage: an unknown command or option, or a bad option value'),
    '.TP', '70', roff('an internal error (a bug), with where to report it'),
  ];
  return `${lines.join('\n')}\n`;
}
