/** Commander wiring only: argv -> options -> command -> output. Exit codes are decided in run(), in one place. */
import { Command, CommanderError, Option } from 'commander';
import { XensummitError } from './errors';
import { makeContext, type CommonOptions, type Context, type Output, type World } from './commands/context';
import { nextCommand, nowCommand, scheduleCommand } from './commands/agenda';
import { exportCommand } from './commands/export';
import { changelogCommand, infoCommand, parseSort, parseTop, searchCommand, statsCommand } from './commands/summit';
import { VERSION } from './version';

export interface Io extends World {
  argv: string[];
  /** Writes a whole file or leaves it as it was; throws OutputError. */
  writeFile: (path: string, content: string) => void;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Options that every command understands. */
function common(cmd: Command): Command {
  return cmd
    .option('--at <when>', 'reason as if it were this moment: 2007-04-17T14:45:00Z, "2007-04-17 10:45" or "tues 10:45" (no offset: read in the --tz zone)')
    .option('--tz <zone>', 'show times in this zone (IANA name, "local" or "venue"), the venue time beside', undefined)
    .option('--json', 'machine-readable output on stdout')
    .option('--data <file>', 'read the summit from this JSON file instead of the bundled data')
    .option('--color', 'colour even when not on a terminal')
    .option('--no-color', 'no colour');
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

export function buildProgram(io: Io, emit: (output: Output) => void): Command {
  const program = new Command('xensummit')
    .description('The agenda of the Xen Summit, 17-18 April 2007, IBM TJ Watson: what is on now, the schedule, who wrote Xen.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    // A fixed width: help reads the same everywhere, and the build can keep a copy (scripts/build.mjs).
    .configureHelp({ helpWidth: 80 })
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`xensummit: ${text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()}\n`),
    })
    .addHelpText('after', examples('xensummit now --at "tues 10:45"', 'xensummit schedule --day weds', 'xensummit stats --sort checkins', 'xensummit <command> --help'));

  /** An action: the command's options become a context; its result goes to `emit`. */
  const act = <O>(run: (ctx: Context, options: O, args: string[]) => Output) =>
    function (this: Command) {
      const options = this.opts<CommonOptions & O>();
      emit(run(makeContext(options, io), options, this.processedArgs as string[]));
    };

  const track = () => new Option('--track <track>', 'keep one track\'s sessions and those for everyone (A or B)');
  /** The filters that schedule and export share. */
  const filters = () => [
    new Option('--day <day>', 'one day: tue, tues, tuesday, wed, weds, wednesday, 2007-04-17 or 2007-04-18'),
    track(),
    new Option('--chair <name>', 'sessions whose chair\'s name contains this (any case, any accents)'),
  ];
  const withOptions = (cmd: Command, options: Option[]) => options.reduce((c, o) => c.addOption(o), cmd);

  program.command('now')
    .description('what is on now in each room, and what starts next (the default command)')
    .addOption(track())
    .addHelpText('after', examples('xensummit now', 'xensummit now --at "tues 10:45" --track B', 'xensummit now --at 2007-04-17T14:45:00Z --json'))
    .action(act(nowCommand));

  program.command('next')
    .description('the sessions that start next')
    .addOption(track())
    .addHelpText('after', examples('xensummit next --at "weds 9:00"', 'xensummit next --track A'))
    .action(act(nextCommand));

  withOptions(program.command('schedule'), filters())
    .description('the agenda, by day; on a day with two tracks, side by side')
    .addHelpText('after', examples('xensummit schedule --day weds', 'xensummit schedule --track B', 'xensummit schedule --chair fraser --json'))
    .action(act(scheduleCommand));

  program.command('stats')
    .description('who wrote Xen since 3.0.0: check-ins and insertions by domain')
    .option('--sort <key>', 'aliases, checkins, insertions (largest first) or domain (A-Z); default: the deck\'s order', parseSort)
    .option('--reverse', 'reverse the order ("other" stays last)')
    .option('--top <n>', 'show only the first N rows', parseTop)
    .option('--chart', 'horizontal bars of the sort key (check-ins by default)')
    .addHelpText('after', examples('xensummit stats --sort checkins', 'xensummit stats --sort insertions --top 5 --chart', 'xensummit stats --json'))
    .action(act(statsCommand));

  program.command('changelog')
    .description('what changed since Xen 3.0.0, and the benchmark charts the deck showed')
    .option('--grep <text>', 'only the items that contain this text')
    .addHelpText('after', examples('xensummit changelog', 'xensummit changelog --grep hvm'))
    .action(act(changelogCommand));

  withOptions(program.command('export'), [new Option('--format <format>', 'ics, csv, json or xml (default: from the -o file name, else ics)'), ...filters()])
    .description('the schedule as a calendar (ics), a spreadsheet (csv), JSON, or a conference app\'s schedule.xml (xml)')
    .option('-o, --output <file>', 'write to FILE (whole or not at all) instead of stdout')
    .addHelpText('after', examples('xensummit export --format ics -o xensummit.ics', 'xensummit export -o schedule.xml', 'xensummit export --format csv --day tue --track B'))
    .action(act(exportCommand));

  program.command('info')
    .description('rooms and directions, WiFi, badges, restrooms, T-shirts, and the days at a glance')
    .addHelpText('after', examples('xensummit info'))
    .action(act(infoCommand));

  program.command('search').argument('<text>', 'what to look for')
    .description('sessions (title, chair) and changelog items that contain TEXT, in any case')
    .addHelpText('after', examples('xensummit search xenapi', 'xensummit search "keir" --json'))
    .action(act((ctx, _options, [text]) => searchCommand(ctx, text)));

  for (const cmd of program.commands) common(cmd);
  return program;
}

const TOP_LEVEL_FLAGS = new Set(['-h', '--help', '-V', '--version']);

/** `xensummit` alone, or with only options, means `xensummit now`. */
export function withDefaultCommand(argv: string[]): string[] {
  const first = argv[0];
  return first === undefined || (first.startsWith('-') && !TOP_LEVEL_FLAGS.has(first)) ? ['now', ...argv] : argv;
}

/** The one place where errors become exit codes: 2 usage, 1 other known failures; 0 for help and version. */
function exitCodeOf(error: unknown, io: Io): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof XensummitError) {
    io.stderr(`xensummit: ${error.message}\n`);
    return error.exitCode;
  }
  throw error;
}

/** Runs the CLI and returns the exit code: 0 success, 2 usage, 1 anything else. */
export function run(io: Io): number {
  let output: Output | undefined;
  const program = buildProgram(io, (o) => (output = o));
  try {
    program.parse(withDefaultCommand(io.argv), { from: 'user' });
    if (output?.file) io.writeFile(output.file.path, output.file.content);
  } catch (error) {
    return exitCodeOf(error, io);
  }
  if (output?.out) io.stdout(output.out);
  if (output?.err) io.stderr(output.err);
  return 0;
}
