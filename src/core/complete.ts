/**
 * Shell completion from the commands' tables: what may come at the cursor, given the words typed so
 * far. The shells' scripts (render/completion.ts) hand the words to `xensummit __complete` and offer
 * what it prints; values the data holds (days, tracks, session ids) and zone names are asked of `values`.
 */
import { longFlag, shortFlag, takesValue, type CommandSpec, type Completion, type OptionSpec } from '../commands/spec';

export type DataKind = 'days' | 'tracks' | 'sessions' | 'zones';

export interface Candidates {
  /** `files`: let the shell complete a file name; `words`: offer `words`. */
  kind: 'words' | 'files';
  words: string[];
}

export interface CompleteInput {
  specs: readonly CommandSpec[];
  /** The command run when none is named. */
  defaultCommand: string;
  /** The words after the program's name; the last is the one being completed (maybe ""). */
  words: readonly string[];
  /** Values of a kind the data or the runtime supplies; `data` is the --data file on the line, if any. */
  values: (kind: DataKind, data: string | undefined) => string[];
}

/** Options every command answers besides its table's. */
const ALWAYS = ['--help'];

function optionFor(spec: CommandSpec | undefined, specs: readonly CommandSpec[], flag: string): OptionSpec | undefined {
  const pool = spec === undefined ? specs.flatMap((s) => s.options) : spec.options;
  return pool.find((o) => longFlag(o) === flag || shortFlag(o) === flag);
}

function valuesOf(complete: Completion | undefined, input: CompleteInput, data: string | undefined): Candidates {
  if (complete === undefined) return { kind: 'words', words: [] };
  if (complete === 'files') return { kind: 'files', words: [] };
  if (complete === 'commands') return { kind: 'words', words: input.specs.map((s) => s.name) };
  if (typeof complete === 'string') return { kind: 'words', words: input.values(complete as DataKind, data) };
  return { kind: 'words', words: [...complete] };
}

function startingWith(candidates: Candidates, prefix: string, lead = ''): Candidates {
  const p = prefix.toLowerCase();
  return { kind: candidates.kind, words: candidates.words.filter((w) => w.toLowerCase().startsWith(p)).map((w) => lead + w) };
}

export function complete(input: CompleteInput): Candidates {
  const { specs } = input;
  const words = input.words.length === 0 ? [''] : input.words;
  const current = words[words.length - 1];
  const before = words.slice(0, -1);
  // Walk the words before the cursor: the command, its arguments so far, the --data file, a pending value.
  let command: CommandSpec | undefined;
  let args = 0;
  let pending: OptionSpec | undefined;
  let data: string | undefined;
  let ended = false;
  for (const word of before) {
    if (pending !== undefined) {
      if (longFlag(pending) === '--data') data = word;
      pending = undefined;
    } else if (!ended && word === '--') {
      ended = true;
    } else if (!ended && word.startsWith('-') && word !== '-') {
      const [flag, value] = word.split(/=(.*)/s);
      const option = optionFor(command, specs, flag);
      if (option !== undefined && longFlag(option) === '--data' && value !== undefined) data = value;
      if (option !== undefined && takesValue(option) && value === undefined) pending = option;
    } else if (command === undefined) {
      command = specs.find((s) => s.name === word);
      if (command === undefined) return { kind: 'words', words: [] };
    } else {
      args++;
    }
  }
  if (pending !== undefined) return startingWith(valuesOf(pending.complete, input, data), current);
  if (!ended && current.startsWith('-')) {
    const eq = current.indexOf('=');
    if (eq !== -1) {
      const option = optionFor(command, specs, current.slice(0, eq));
      return option === undefined ? { kind: 'words', words: [] } : startingWith(valuesOf(option.complete, input, data), current.slice(eq + 1), current.slice(0, eq + 1));
    }
    const spec = command ?? specs.find((s) => s.name === input.defaultCommand);
    const flags = [...(spec?.options ?? []).map(longFlag), ...ALWAYS, ...(command === undefined ? ['--version'] : [])];
    return startingWith({ kind: 'words', words: flags }, current);
  }
  if (command === undefined) return startingWith({ kind: 'words', words: specs.map((s) => s.name) }, current);
  // A last argument named "id..." takes any number of words.
  const last = command.args[command.args.length - 1];
  const arg = command.args[args] ?? (last?.name.endsWith('...') ? last : undefined);
  return arg === undefined ? { kind: 'words', words: [] } : startingWith(valuesOf(arg.complete, input, data), current);
}
