/** completion SHELL: the script that makes TAB complete xensummit's commands, options and values. */
import { parseChoice } from '../options';
import { completionScript, SHELLS } from '../render/completion';
import type { Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'completion',
  summary: 'the TAB-completion script for bash, zsh or fish (commands, options, days, tracks, zones)',
  details: 'Load it in your shell, e.g. source <(xensummit completion bash) in ~/.bashrc; the README tells the other ways.',
  args: [{ name: 'shell', help: 'bash, zsh or fish', required: true, complete: SHELLS }],
  options: [],
  examples: ['xensummit completion bash', 'xensummit completion fish > ~/.config/fish/completions/xensummit.fish'],
};

export function run(_ctx: unknown, _options: unknown, [shell]: string[]): Output {
  return { out: completionScript(parseChoice('shell', shell, SHELLS)) };
}
