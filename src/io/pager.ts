/** Running the pager: the text on its stdin, its output on the terminal, waited for. */
import type { ChildProcess } from 'node:child_process';
import { fsReason } from '../errors';
import { pagerEnv } from '../terminal';

/**
 * The characters that give a command line a meaning only a shell knows (git's run-command.c,
 * prepare_shell_cmd): a pager named without any of them ("less") is run as it is, sparing a
 * shell's start; any other ("less -S", "sed 's/^/> /'") through /bin/sh.
 */
const SHELL_SYNTAX = /[|&;<>()$`\\"' \t\n*?[#~=%]/;

/**
 * Runs `command` with `text` on its stdin. While it runs, Ctrl-C is the pager's to handle (less
 * uses it), as under git. A pager that cannot be started (the shell's exit 127, or no such program)
 * leaves the text to be printed as it is; where no shell said why, `warn` gets one line.
 */
export function runPager(command: string, text: string, env: Record<string, string | undefined>, fallback: (text: string) => void, warn: (line: string) => void): Promise<void> {
  // Loaded only when a pager runs: most starts need no child process.
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  const ignore = () => {};
  process.on('SIGINT', ignore);
  const direct = !SHELL_SYNTAX.test(command);
  return new Promise<void>((resolve) => {
    let child: ChildProcess;
    let finished = false;
    const done = (print: boolean) => {
      if (finished) return;
      finished = true;
      process.removeListener('SIGINT', ignore);
      if (print) fallback(text);
      resolve();
    };
    const options = { stdio: ['pipe', 'inherit', 'inherit'] as ('pipe' | 'inherit')[], env: pagerEnv(env) };
    try {
      child = direct ? spawn(command, [], options) : spawn('/bin/sh', ['-c', command], options);
    } catch {
      done(true);
      return;
    }
    child.on('error', (error) => {
      if (direct && !finished) warn(`xensummit: cannot run the pager "${command}": ${fsReason(error, { ENOENT: "no such program" })}; printed without it\n`);
      done(true);
    });
    child.on('close', (code) => done(code === 127));
    // A pager quit before reading everything is not an error.
    child.stdin!.on('error', ignore);
    child.stdin!.end(text);
  });
}
