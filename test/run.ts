/** Runs the CLI in-process through run(io): a literal clock, a given environment, captured output. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli';
import { writeFileAtomic } from '../src/io/write';
import { runCommand, type Runner } from '../src/io/exec';
import { FakeTerminal } from './fake-terminal';
import type { Terminal } from '../src/live/terminal';

export interface Result {
  status: number;
  stdout: string;
  stderr: string;
  /** The pager the output went through (its text is in stdout too), if any. */
  pager?: string;
}

export interface RunOptions {
  /** The clock: an ISO instant. Default: a fixed day long after the summit. */
  now?: string;
  env?: Record<string, string>;
  columns?: number;
  /** The terminal's height. */
  rows?: number;
  isTTY?: boolean;
  /** The runtime's name for the system zone (what Intl would say); default UTC. */
  systemZone?: string | undefined;
  /** The command runner for remind --exec; default: the real one. */
  exec?: Runner;
  /** The network, for --data URL; default Node's fetch (tests use servers on 127.0.0.1). */
  fetch?: typeof fetch;
  /** The live terminal (board); default: a fake one on the same clock that jumps to each timer and writes to stdout. */
  terminal?: Terminal;
}

export const LATER = '2026-12-01T12:00:00Z';

/**
 * A run's environment, with the suite's own cache folder (test/global-setup.js) where it names no
 * cache folder of its own: kept parses and zone tables never go to the user's ~/.cache.
 */
export function withSuiteCache(env: Record<string, string>): Record<string, string> {
  const suite = process.env.XENSUMMIT_CACHE_DIR;
  if (suite === undefined || ['XENSUMMIT_CACHE_DIR', 'XDG_CACHE_HOME', 'HOME'].some((name) => name in env)) return env;
  return { ...env, XENSUMMIT_CACHE_DIR: suite };
}

export async function cli(argv: string[], options: RunOptions = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  let pager: string | undefined;
  const status = await run({
    argv,
    now: new Date(options.now ?? LATER),
    env: withSuiteCache(options.env ?? {}),
    isTTY: options.isTTY ?? false,
    columns: options.columns,
    rows: options.rows,
    systemZone: () => ('systemZone' in options ? options.systemZone : 'UTC'),
    fetch: options.fetch,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    writeFile: (path, content) => writeFileAtomic(path, content),
    exec: options.exec ?? runCommand,
    terminal:
      options.terminal ??
      new FakeTerminal({
        now: options.now ?? LATER,
        auto: true,
        sink: (text) => {
          stdout += text;
        },
      }),
    page: async (command, text) => {
      pager = command;
      stdout += text;
    },
  });
  return pager === undefined ? { status, stdout, stderr } : { status, stdout, stderr, pager };
}

/** A temporary folder for one test file, removed after it. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `xensummit-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function expectUsage(r: Result, message: string | RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

/** The ids of a JSON list of sessions. */
export function ids(stdout: string): string[] {
  return JSON.parse(stdout).map((s: { id: string }) => s.id);
}
