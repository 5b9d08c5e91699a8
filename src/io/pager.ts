/** Running the pager: the text on its stdin, its output on the terminal, waited for. */
import type { ChildProcess } from 'node:child_process';
import { pagerEnv } from '../terminal';

/**
 * Runs `command` through the shell (PAGER may hold options, "less -S") with `text` on its stdin.
 * While it runs, Ctrl-C is the pager's to handle (less uses it), as under git. A pager that cannot
 * be started (the shell's exit 127) leaves the text to be printed as it is.
 */
export function runPager(command: string, text: string, env: Record<string, string | undefined>, fallback: (text: string) => void): Promise<void> {
  // Loaded only when a pager runs: most starts need no child process.
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  const ignore = () => {};
  process.on('SIGINT', ignore);
  return new Promise<void>((resolve) => {
    let child: ChildProcess;
    const done = (print: boolean) => {
      process.removeListener('SIGINT', ignore);
      if (print) fallback(text);
      resolve();
    };
    try {
      child = spawn('/bin/sh', ['-c', command], { stdio: ['pipe', 'inherit', 'inherit'], env: pagerEnv(env) });
    } catch {
      done(true);
      return;
    }
    child.on('error', () => done(true));
    child.on('close', (code) => done(code === 127));
    // A pager quit before reading everything is not an error.
    child.stdin!.on('error', ignore);
    child.stdin!.end(text);
  });
}
