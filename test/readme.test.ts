/** Every "$ xensummit …" example in the README, run through run(io) at 80 columns: the output must be what the README shows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempFolder } from './run';
import { CHANGED_STATUS } from '../src/commands/changes';
import { ENVIRONMENT } from '../src/environment';

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Splits a command line on blanks, honouring double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

const examples = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].flatMap((block, index) =>
  block[1].split(/^(?=\$ )/m).map((chunk) => {
    const [command, ...output] = chunk.split('\n');
    return { command: command.slice(2), output: output.join('\n'), block: index };
  }),
);

/** The examples of one console block share a state folder, fresh for the block, and run in order (stars made above show below). */
const states = tempFolder('readme');

describe('README examples', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((e) => [e.command, e] as const))('$ %s', async (_, { command, output, block }) => {
    // Leading NAME=value words set the environment, as a shell would.
    const all = words(command);
    const assignments = all.slice(0, all.findIndex((w) => !/^[A-Z_]+=/.test(w)));
    const [name, ...args] = all.slice(assignments.length);
    expect(name).toBe('xensummit');
    const env = Object.fromEntries(assignments.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    // An example that shows an error shows it after "! " lines: stderr, and a non-zero exit.
    const stderr = output.split('\n').filter((l) => l.startsWith('! ')).map((l) => `${l.slice(2)}\n`).join('');
    const stdout = output.split('\n').filter((l) => !l.startsWith('! ')).join('\n');
    const r = await cli(args, { env: { COLUMNS: '80', XENSUMMIT_STATE_DIR: join(states, `block-${block}`), ...env } });
    expect(r.stderr).toBe(stderr);
    // `changes` exits 3 when something changed: an answer, not a failure.
    const failed = r.status !== 0 && !(name === 'xensummit' && args[0] === 'changes' && r.status === CHANGED_STATUS);
    expect(failed).toBe(stderr !== '');
    expect(r.stdout).toBe(stdout);
  });

  it('quick start is one block of two commands: install and run, then test', () => {
    const block = /## Quick start\n+```sh\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const commands = block![1].trim().split('\n');
    expect(commands).toEqual(['npm install && ./bin/xensummit now --at "tues 10:45"', 'npm test']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.test).toBeDefined();
  });

  it('documents every environment variable the tool reads', () => {
    const section = /## Environment\n([\s\S]*?)\n## /.exec(readme)![1];
    for (const v of ENVIRONMENT) for (const name of v.name.split(', ')) expect(section).toContain(`\`${name}\``);
  });
});
