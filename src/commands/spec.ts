/**
 * What a command is, as data: its name, arguments, options and examples. cli.ts registers commands
 * from these; help, completion and the man page are generated from the same tables.
 */
import type { Context, Output } from './context';

/** Values a shell can offer for an option or argument: a fixed list, or a kind the data supplies. */
export type Completion = readonly string[] | 'days' | 'tracks' | 'rooms' | 'zones' | 'sessions' | 'files' | 'commands';

export interface OptionSpec {
  /** As commander reads them: "--day <day>", "-o, --output <file>", "--json". */
  flags: string;
  /** The key the value is stored under ("output" for "-o, --output <file>"). */
  key: string;
  help: string;
  complete?: Completion;
  /** A value parser that needs no data (src/options.ts); the others run once the data is loaded. */
  parse?: (value: string) => unknown;
}

export interface ArgSpec {
  name: string;
  help: string;
  required: boolean;
  complete?: Completion;
}

export interface CommandSpec {
  name: string;
  /** One line, lower case, no full stop: "the sessions that start next". */
  summary: string;
  /** More prose for help and the man page. */
  details?: string;
  args: ArgSpec[];
  options: OptionSpec[];
  examples: string[];
}

export interface CommandModule<O = Record<string, unknown>> {
  spec: CommandSpec;
  run(ctx: Context, options: O, args: string[]): Output | Promise<Output>;
}

/** The long flag of an option: "--output" for "-o, --output <file>". */
export function longFlag(option: OptionSpec): string {
  return /--[a-z][a-z-]*/.exec(option.flags)![0];
}

/** The short flag, if any: "-o". */
export function shortFlag(option: OptionSpec): string | undefined {
  return /^(-[a-zA-Z]),/.exec(option.flags)?.[1];
}

/** True when the option takes a value. */
export function takesValue(option: OptionSpec): boolean {
  return /[<[]/.test(option.flags);
}
