/** The process boundary: the real clock, environment and streams go in; an exit code comes out. */
import { run } from './cli';
import { guardStdout } from './io/stdout';
import { runCommand } from './io/exec';
// board: the live terminal (screen size, keys, resize, signals, timers) for commands that keep running.
import { processTerminal } from './io/tty';
import { runPager } from './io/pager';
import { writeFileAtomic } from './io/write';
import { internalError } from './report';
import { VERSION } from './version';

const stdout = guardStdout();
const argv = process.argv.slice(2);

run({
  argv,
  now: new Date(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  // Asked only by a download's progress line: process.stderr is made on first use.
  get errIsTTY() {
    return process.stderr.isTTY === true;
  },
  columns: process.stdout.columns,
  rows: process.stdout.rows,
  systemZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: writeFileAtomic,
  page: (command, text) => runPager(command, text, process.env, (t) => process.stdout.write(t)),
  exec: runCommand,
  // board: see src/io/tty.ts.
  terminal: processTerminal(),
}).then(
  (code) => {
    if (!stdout.failed) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(internalError(error, argv, VERSION));
    process.exitCode = 70;
  },
);
