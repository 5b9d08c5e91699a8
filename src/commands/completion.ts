/** completion SHELL: the script that makes TAB complete xensummit's commands, options and values. */
import { parseChoice } from '../options';
import { completionScript, SHELLS } from '../render/completion';
import type { Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'completion',
  summary: 'the TAB-completion script for bash, zsh or fish (commands, options, days, tracks, zones)',
  details: 'Load it from your shell\'s start-up file: source <(xensummit completion bash) in ~/.bashrc or source <(xensummit completion zsh) in ~/.zshrc; for fish, save it as xensummit.fish in ~/.config/fish/completions.',
  args: [{ name: 'shell', help: 'bash, zsh or fish', required: true, complete: SHELLS }],
  options: [],
  examples: ['xensummit completion bash', 'xensummit completion zsh'],
};

export function run(_ctx: unknown, _options: unknown, [shell]: string[]): Output {
  return { out: completionScript(parseChoice('shell', shell, SHELLS)) };
}
