/**
 * The wiring: argv -> the command's options -> context -> run -> output. Commands are registered from
 * their tables (src/commands/); errors become exit codes in one place, exitCodeOf.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError, XensummitError } from './errors';
import { suggestion } from './core/suggest';
import { COMMANDS } from './commands';
import { answerComplete, COMPLETE } from './commands/complete';
import { helpFor } from './commands/help';
import { DEFAULT_COMMAND, SPECS } from './commands/specs';
import { longFlag, shortFlag, takesValue, type CommandModule, type CommandSpec, type OptionSpec } from './commands/spec';
import { openContext, zoneAsked, type CommonOptions, type Context, type Output, type World } from './commands/context';
import { pagerCommand, terminalWidth } from './terminal';
import type { Runner } from './io/exec';
import { show } from './render/text';
import { VERSION } from './version';

export interface Io extends World {
  argv: string[];
  /** Writes a whole file or leaves it as it was; throws OutputError. */
  writeFile: (path: string, content: string) => void;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Shows `text` through the pager `command` (a program, or a line for the shell) and resolves when the pager ends. */
  page: (command: string, text: string) => Promise<void>;
  exec: Runner;
}

/** Every option any command takes, by flag: to know which take a value when moving them (see `arrange`). */
function optionsByFlag(): Map<string, OptionSpec> {
  const byFlag = new Map<string, OptionSpec>();
  for (const spec of SPECS) {
    for (const o of spec.options) {
      byFlag.set(longFlag(o), o);
      const short = shortFlag(o);
      if (short !== undefined) byFlag.set(short, o);
    }
  }
  return byFlag;
}

export interface Arranged {
  /** The command named, or the default. */
  command: string;
  /** True when argv named it. */
  named: boolean;
  /** The command's arguments and options, those given before its name moved after it. */
  rest: string[];
  help: boolean;
}

/**
 * Finds the command in argv and puts the options given before it after it, so that
 * `xensummit --json schedule` is `xensummit schedule --json`. No command: the default one.
 */
export function arrange(argv: readonly string[]): Arranged {
  // Made only for options given before the command, which is rare: `now --at …` needs no table.
  let byFlag: Map<string, OptionSpec> | undefined;
  const before: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--' || !token.startsWith('-') || token === '-') break;
    before.push(token);
    const option = (byFlag ??= optionsByFlag()).get(token.split('=')[0]);
    if (option !== undefined && takesValue(option) && !token.includes('=') && i + 1 < argv.length) before.push(argv[++i]);
  }
  const named = i < argv.length && argv[i] !== '--';
  const command = named ? argv[i] : DEFAULT_COMMAND;
  const after = named ? argv.slice(i + 1) : argv.slice(i);
  const all = [...before, ...after];
  const end = all.indexOf('--');
  const help = (end === -1 ? all : all.slice(0, end)).some((t) => t === '-h' || t === '--help');
  return { command, named, rest: all, help };
}

interface Chosen {
  module: CommandModule<never>;
  options: CommonOptions & Record<string, unknown>;
  args: string[];
}

function addOption(cmd: Command, o: OptionSpec): void {
  const option = new Option(o.flags, o.help);
  if (o.parse !== undefined) option.argParser(o.parse);
  cmd.addOption(option);
}

/** A commander program with the one command `module`, parsing into `chosen`. */
function parserFor(module: CommandModule<never>, chosen: { value?: Chosen }): Command {
  const { spec } = module;
  const program = new Command('xensummit').exitOverride().helpOption(false).helpCommand(false).configureOutput({ outputError: () => {} });
  const cmd = program.command(spec.name).exitOverride().helpOption(false).configureOutput({ outputError: () => {} });
  for (const a of spec.args) cmd.argument(a.required ? `<${a.name}>` : `[${a.name}]`, a.help);
  for (const o of spec.options) addOption(cmd, o);
  cmd.action(function (this: Command) {
    chosen.value = { module, options: this.opts(), args: this.processedArgs as string[] };
  });
  return program;
}

/** A commander error, in the tool's words: one line, with a "did you mean" worded as everywhere else. */
function usageFrom(error: CommanderError, spec: CommandSpec): UsageError {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'commander.unknownOption') {
    const flag = quoted.split('=')[0];
    const users = SPECS.filter((s) => s.options.some((o) => longFlag(o) === flag || shortFlag(o) === flag)).map((s) => s.name);
    if (users.length > 0) return new UsageError(`${spec.name} takes no ${flag} option (${users.join(', ')} ${users.length === 1 ? 'does' : 'do'})`);
    const flags = spec.options.flatMap((o) => [longFlag(o), ...(shortFlag(o) === undefined ? [] : [shortFlag(o)!])]);
    return new UsageError(`unknown option ${flag} for ${spec.name}${suggestion(flag, flags)}`);
  }
  if (error.code === 'commander.missingArgument') return new UsageError(`${spec.name} needs ${quoted === '' ? 'an argument' : `a ${quoted}`}`);
  if (error.code === 'commander.optionMissingArgument') return new UsageError(`option ${quoted} needs a value`);
  if (error.code === 'commander.excessArguments') return new UsageError(`${spec.name} takes no further arguments`);
  return new UsageError(error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim());
}

/** The one place where errors become exit codes: 2 usage, 1 other known failures; anything else is a bug. */
function exitCodeOf(error: unknown, io: Io, command: string | undefined): number {
  if (error instanceof XensummitError) {
    const hint = error instanceof UsageError ? `; see 'xensummit ${command === undefined ? '' : `${command} `}--help'` : '';
    // A message may quote the data, an argument or a file name: shown so that it cannot drive the terminal.
    io.stderr(`xensummit: ${show(error.message)}${hint}\n`);
    return error.exitCode;
  }
  throw error;
}

async function emit(io: Io, output: Output, { warnings, notes }: Context, pager: string | undefined): Promise<void> {
  for (const w of warnings) io.stderr(`xensummit: warning: ${show(w)}\n`);
  for (const n of notes) io.stderr(`xensummit: ${show(n)}\n`);
  if (output.file) io.writeFile(output.file.path, output.file.content);
  // Remarks quote arguments (--chair, -o FILE): each line shown so that it cannot drive the terminal.
  if (output.err) io.stderr(output.err.split('\n').map(show).join('\n'));
  if (output.out && pager !== undefined) await io.page(pager, output.out);
  else if (output.out) io.stdout(output.out);
}

/** The pager for this output, for a command that offers one (it takes --no-pager). */
function pagerOf(io: Io, spec: CommandSpec, options: CommonOptions, out: string): string | undefined {
  if (!spec.options.some((o) => o.key === 'noPager')) return undefined;
  return pagerCommand({
    isTTY: io.isTTY,
    rows: io.rows,
    env: io.env,
    refused: options.noPager === true || options.json === true,
    // Counted only when asked (on a terminal), and counted, not split out: a schedule of 100,000 sessions has 200,000 lines.
    get lines() {
      let lines = 0;
      for (let i = out.indexOf('\n'); i !== -1; i = out.indexOf('\n', i + 1)) lines++;
      return lines;
    },
  });
}

/** Runs the CLI and returns the exit code: 0 success, 1 a known failure, 2 usage. */
export async function run(io: Io): Promise<number> {
  let command: string | undefined;
  try {
    const width = terminalWidth(io.env, io.columns);
    if (io.argv.length === 1 && (io.argv[0] === '--version' || io.argv[0] === '-V')) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (io.argv[0] === COMPLETE) {
      io.stdout(answerComplete(io.argv.slice(1)));
      return 0;
    }
    const arranged = arrange(io.argv);
    if (arranged.named) command = arranged.command;
    if (arranged.command === 'help') {
      const [asked, ...extra] = arranged.rest.filter((t) => t !== '-h' && t !== '--help');
      if (extra.length > 0) throw new UsageError('help takes one command name at most');
      // `help --help` is the help command's own help, as `git help --help` is.
      const name = asked ?? (arranged.help ? 'help' : undefined);
      command = name !== undefined && SPECS.some((s) => s.name === name) ? name : undefined;
      io.stdout(helpFor(SPECS, name, width));
      return 0;
    }
    if (arranged.help) {
      io.stdout(helpFor(SPECS, arranged.named ? arranged.command : undefined, width));
      return 0;
    }
    const module = COMMANDS.find((m) => m.spec.name === arranged.command);
    if (module === undefined) {
      command = undefined;
      const names = SPECS.map((s) => s.name);
      throw new UsageError(`unknown command "${arranged.command}": use one of ${names.join(', ')}${suggestion(arranged.command, names)}`);
    }
    const chosen: { value?: Chosen } = {};
    try {
      parserFor(module, chosen).parse([arranged.command, ...arranged.rest], { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) throw usageFrom(error, module.spec);
      throw error;
    }
    const { options, args } = chosen.value!;
    // commander keeps one value for --color and --no-color (the last); --no-color is to beat everything.
    const end = arranged.rest.indexOf('--');
    if ((end === -1 ? arranged.rest : arranged.rest.slice(0, end)).includes('--no-color')) options.noColor = true;
    // commander stores a lone --no-pager as `pager: false`.
    if (options.pager === false) options.noPager = true;
    const takesTz = module.spec.options.some((o) => o.key === 'tz');
    const ctx = await openContext(options, io, takesTz);
    // Every option given is checked, even where this output does not show it (--tz with --json).
    if (zoneAsked(options, io.env, takesTz) !== undefined) void ctx.clock;
    if (options.at !== undefined) void ctx.at;
    const output = await module.run(ctx, options as never, args);
    await emit(io, output, ctx, pagerOf(io, module.spec, options, output.out));
    return output.status ?? 0;
  } catch (error) {
    return exitCodeOf(error, io, command);
  }
}
