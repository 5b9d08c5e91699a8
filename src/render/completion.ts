/**
 * The completion scripts for bash, zsh and fish. Each is a thin wrapper: at a TAB it hands the words
 * typed so far to `xensummit __complete`, which answers from the commands' tables (core/complete.ts),
 * and offers what that prints: a first line `words` or `files`, then one candidate a line.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = [
  '# xensummit completion for bash: source this file, e.g. from ~/.bashrc:',
  '#   source <(xensummit completion bash)',
  '_xensummit() {',
  '  local IFS=$\'\\n\' cur=${COMP_WORDS[COMP_CWORD]} i',
  '  local -a words out',
  '  # bash splits --opt=value at the "=" (COMP_WORDBREAKS): join the pieces again for __complete.',
  '  for ((i = 1; i <= COMP_CWORD; i++)); do',
  '    if ((${#words[@]} > 0)) && [[ ${COMP_WORDS[i]} == = || ${COMP_WORDS[i-1]} == = ]]; then',
  '      words[${#words[@]}-1]+=${COMP_WORDS[i]}',
  '    else',
  '      words+=("${COMP_WORDS[i]}")',
  '    fi',
  '  done',
  '  if [[ $cur == = ]]; then cur=; fi',
  '  out=($(xensummit __complete "${words[@]}" 2>/dev/null))',
  '  if [[ ${out[0]} == files ]]; then',
  '    compopt -o filenames 2>/dev/null',
  '    COMPREPLY=($(compgen -f -- "$cur"))',
  '  else',
  '    COMPREPLY=("${out[@]:1}")',
  '    # Candidates come whole (--day=wednesday); bash replaces only what follows the "=".',
  '    if [[ ${words[${#words[@]}-1]} == -*=* ]]; then COMPREPLY=("${COMPREPLY[@]#*=}"); fi',
  '  fi',
  '}',
  'complete -F _xensummit xensummit',
];

const ZSH = [
  '#compdef xensummit',
  '# xensummit completion for zsh: put this file in a folder of $fpath as _xensummit, or source it',
  '# after compinit, e.g. from ~/.zshrc:  source <(xensummit completion zsh)',
  '_xensummit() {',
  '  local -a out',
  '  out=("${(@f)$(xensummit __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")',
  '  if [[ $out[1] == files ]]; then',
  '    _files',
  '  else',
  '    compadd -- "${(@)out[2,-1]}"',
  '  fi',
  '}',
  'if [[ $funcstack[1] == _xensummit ]]; then',
  '  _xensummit "$@"',
  'else',
  '  compdef _xensummit xensummit',
  'fi',
];

const FISH = [
  '# xensummit completion for fish: save as ~/.config/fish/completions/xensummit.fish, e.g.',
  '#   xensummit completion fish > ~/.config/fish/completions/xensummit.fish',
  'function __xensummit_complete',
  '    set -l words (commandline -opc)[2..-1]',
  '    set -l out (xensummit __complete $words (commandline -ct) 2>/dev/null)',
  '    if test "$out[1]" = files',
  '        __fish_complete_path (commandline -ct)',
  '    else',
  "        printf '%s\\n' $out[2..-1]",
  '    end',
  'end',
  "complete -c xensummit -f -a '(__xensummit_complete)'",
];

const SCRIPTS: Record<Shell, string[]> = { bash: BASH, zsh: ZSH, fish: FISH };

export function completionScript(shell: Shell): string {
  return `${SCRIPTS[shell].join('\n')}\n`;
}
