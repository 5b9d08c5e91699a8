/** Every "$ xensummit …" example in the README, run for real: the output must be what the README shows. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Splits a command line on blanks, honouring double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

const examples = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].flatMap((block) =>
  block[1].split(/^(?=\$ )/m).map((chunk) => {
    const [command, ...output] = chunk.split('\n');
    return { command: command.slice(2), output: output.join('\n') };
  }),
);

describe('README examples', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((e) => [e.command, e] as const))('$ %s', (_, { command, output }) => {
    const [name, ...args] = words(command);
    expect(name).toBe('xensummit');
    const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '80' };
    for (const key of ['FORCE_COLOR', 'NO_COLOR', 'TERM']) delete env[key];
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'xensummit'), ...args], { env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(output);
  });

  it('quick start is one block of two commands: install and run, then test', () => {
    const block = /## Quick start\n+```sh\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const commands = block![1].trim().split('\n');
    expect(commands).toEqual(['npm install && ./bin/xensummit now --at "tues 10:45"', 'npm test']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.test).toBeDefined();
  });
});
