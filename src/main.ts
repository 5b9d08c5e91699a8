/** The process boundary: the real clock, environment and streams go in; an exit code comes out. */
import { run } from './cli';
import { writeFileAtomic } from './io/write';
import { runCommand } from './io/exec';
// board: the live terminal (screen size, keys, resize, signals, timers) for commands that keep running.
import { processTerminal } from './io/tty';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`xensummit schedule | head -1`) is not an error.
  if (error.code !== 'EPIPE') throw error;
});

run({
  argv: process.argv.slice(2),
  now: new Date(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  errIsTTY: process.stderr.isTTY === true,
  columns: process.stdout.columns,
  systemZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: writeFileAtomic,
  exec: runCommand,
  // board: see src/io/tty.ts.
  terminal: processTerminal(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`xensummit: internal error, please report it:\n${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
