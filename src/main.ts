/** The process boundary: the real clock, environment and streams go in; an exit code comes out. */
import { run } from './cli';
import { outputIsTerminal, processOutputs } from './io/stdout';
import { runCommand } from './io/exec';
// board: the live terminal (screen size, keys, resize, signals, timers) for commands that keep running.
import { processTerminal } from './io/tty';
import { runPager } from './io/pager';
import { writeFileAtomic } from './io/write';
import { internalError } from './report';
import { VERSION } from './version';

// Into a pipe or a file, process.stdout is never made (see src/io/stdout.ts); on a terminal it is,
// for the terminal's size.
const isTTY = outputIsTerminal(1);
const outputs = processOutputs(process, isTTY);
const argv = process.argv.slice(2);

run({
  argv,
  now: new Date(),
  env: process.env,
  isTTY,
  // Asked only by a download's progress line.
  get errIsTTY() {
    return outputIsTerminal(2);
  },
  columns: isTTY ? process.stdout.columns : undefined,
  rows: isTTY ? process.stdout.rows : undefined,
  systemZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  stdout: (text) => outputs.stdout.write(text),
  stderr: (text) => outputs.stderr.write(text),
  writeFile: writeFileAtomic,
  page: (command, text) => runPager(command, text, process.env, (t) => outputs.stdout.write(t), (line) => outputs.stderr.write(line)),
  exec: runCommand,
  // board: see src/io/tty.ts.
  terminal: processTerminal(),
}).then(
  (code) => {
    if (!outputs.stdout.failed) process.exitCode = code;
    // Everything is written (fs.writeSync, or a terminal's stream, which writes at once) and nothing
    // else is left to do: exit now, rather than wait for V8's background compilation of the run's hot
    // code to finish, about 2 ms of a schedule. Text still waiting for a slow reader is waited for.
    if (!outputs.stdout.pending && !outputs.stderr.pending) process.exit();
  },
  (error: unknown) => {
    outputs.stderr.write(internalError(error, argv, VERSION));
    process.exitCode = 70;
  },
);
