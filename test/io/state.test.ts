/** The state folder's module on its own: where the folder is, file names, the lock left by a dead process. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { EMPTY, addStars } from '../../src/core/mine';
import { identityOf, openState, parseState, serializeState, stateFileName, stateFolder } from '../../src/io/state';
import { tempFolder } from '../run';

const tmp = tempFolder('state');
const summit = identityOf(undefined, { acronym: 'xensummit-2007', title: 'Xen Summit' }, () => 'sha256:0');

describe('the state folder', () => {
  it('is XENSUMMIT_STATE_DIR, else XDG_STATE_HOME/xensummit (absolute only), else ~/.local/state/xensummit', () => {
    expect(stateFolder({ XENSUMMIT_STATE_DIR: '/s', XDG_STATE_HOME: '/x', HOME: '/h' })).toBe('/s');
    expect(stateFolder({ XDG_STATE_HOME: '/x', HOME: '/h' })).toBe('/x/xensummit');
    expect(stateFolder({ XDG_STATE_HOME: 'relative', HOME: '/h' })).toBe('/h/.local/state/xensummit');
    expect(stateFolder({})).toBeUndefined();
  });

  it('names one file per conference: the acronym for the bundled one, acronym and path hash for a data file', () => {
    expect(stateFileName(summit)).toBe('xensummit-2007.json');
    const a = stateFileName(identityOf('/data/a.json', { acronym: 'xensummit-2007', title: '' }, () => ''));
    const b = stateFileName(identityOf('/data/b.json', { acronym: 'xensummit-2007', title: '' }, () => ''));
    expect(a).toMatch(/^xensummit-2007-[0-9a-f]{12}\.json$/);
    expect(a).not.toBe(b);
    expect(stateFileName(identityOf('/d.json', { acronym: '../../etc/passwd', title: '' }, () => ''))).toMatch(/^etc-passwd-[0-9a-f]{12}\.json$/);
  });

  it('reads back what it writes', () => {
    const mine = addStars(EMPTY, ['tue-2a'], 'high');
    expect(parseState(serializeState(mine, summit), 'f', summit)).toEqual(mine);
  });
});

describe('the lock', () => {
  it('a lock left by a process that no longer runs is broken by the next change', () => {
    const dir = join(tmp, 'stale');
    mkdirSync(dir, { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(gone.stdout);
    writeFileSync(join(dir, 'xensummit-2007.json.lock'), JSON.stringify({ pid, host: hostname(), token: 'dead', at: Date.now() }));
    writeFileSync(join(dir, `.xensummit-2007.json.${pid}.1234.tmp`), 'half a write');
    const store = openState({ XENSUMMIT_STATE_DIR: dir }, summit);
    store.change((read) => ({ mine: addStars(read, ['tue-2a'], 'normal'), result: undefined }));
    expect(store.read().stars).toEqual({ 'tue-2a': 'normal' });
    expect(readdirSync(dir)).toEqual(['xensummit-2007.json']);
  });

  it('a change that throws writes nothing and lets the lock go', () => {
    const dir = join(tmp, 'throws');
    const store = openState({ XENSUMMIT_STATE_DIR: dir }, summit);
    expect(() => store.change(() => {
      throw new Error('refused');
    })).toThrow('refused');
    expect(existsSync(join(dir, 'xensummit-2007.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
