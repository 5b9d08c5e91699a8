/** The man page: generated from the commands' tables at build time, listed in package.json, and readable by man. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPECS } from '../src/commands/specs';
import { ENVIRONMENT } from '../src/environment';
import { renderMan, roff } from '../src/render/man';
import { VERSION } from '../src/version';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const page = readFileSync(join(ROOT, 'dist', 'xensummit.1'), 'utf8');

describe('xensummit.1', () => {
  it('is what the build writes from the tables, and package.json lists it', () => {
    expect(page).toBe(renderMan({ specs: SPECS, environment: ENVIRONMENT, version: VERSION }));
    expect(pkg.man).toEqual(['./dist/xensummit.1']);
    expect(page.startsWith(`.TH XENSUMMIT 1 "" "xensummit ${VERSION.replace(/-/g, '\\-')}"`)).toBe(true);
  });

  it('has every command, every option of every command with its help, and every variable', () => {
    for (const spec of SPECS) {
      expect(page).toContain(`.SS ${roff(spec.name)}`);
      for (const o of spec.options) expect(page).toContain(`.TP\n\\fB${roff(o.flags)}\\fR\n${roff(o.help)}\n`);
      for (const a of spec.args) expect(page).toContain(`\\fI${roff(a.name)}\\fR\n${roff(a.help)}\n`);
    }
    for (const v of ENVIRONMENT) expect(page).toContain(`\\fB${roff(v.name)}\\fR`);
  });

  it('escapes what roff would read as markup', () => {
    expect(roff('--day C:\\x')).toBe('\\-\\-day C:\\ex');
    expect(roff("a\n.b\n'c")).toBe("a\n\\&.b\n\\&'c");
  });

  const hasMan = spawnSync('man', ['--version']).status === 0;
  (hasMan ? it : it.skip)('man -l renders it, every option there as typed', () => {
    const r = spawnSync('man', ['-l', join(ROOT, 'dist', 'xensummit.1')], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat', MAN_KEEP_FORMATTING: '' } });
    expect(r.status).toBe(0);
    const text = r.stdout.replace(/.\u0008/g, '');
    expect(text).toMatch(/^XENSUMMIT\(1\)/);
    for (const heading of ['NAME', 'SYNOPSIS', 'COMMANDS', 'ENVIRONMENT', 'EXIT STATUS']) expect(text).toMatch(new RegExp(`^${heading}$`, 'm'));
    for (const spec of SPECS) for (const o of spec.options) expect(text).toContain(o.flags);
  });
});
