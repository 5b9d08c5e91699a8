/** The atomic writer: whole or untouched, links followed, permissions kept, devices written in place. */
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/write';
import { OutputError } from '../../src/errors';
import { cli, tempFolder } from '../run';

const dir = tempFolder('write');
let n = 0;
const fresh = () => {
  const d = join(dir, `case-${++n}`);
  mkdirSync(d);
  return d;
};
const leftovers = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes the target of a symbolic link and leaves the link a link', () => {
    const d = fresh();
    writeFileSync(join(d, 'real.ics'), 'old');
    symlinkSync('real.ics', join(d, 'link.ics'));
    writeFileAtomic(join(d, 'link.ics'), 'new');
    expect(lstatSync(join(d, 'link.ics')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'link.ics'))).toBe('real.ics');
    expect(readFileSync(join(d, 'real.ics'), 'utf8')).toBe('new');
    expect(leftovers(d)).toEqual([]);
  });

  it('creates the target of a dangling link, through a chain of links', () => {
    const d = fresh();
    symlinkSync('b.ics', join(d, 'a.ics'));
    symlinkSync('c.ics', join(d, 'b.ics'));
    writeFileAtomic(join(d, 'a.ics'), 'made');
    expect(readFileSync(join(d, 'c.ics'), 'utf8')).toBe('made');
    expect(lstatSync(join(d, 'b.ics')).isSymbolicLink()).toBe(true);
  });

  it('keeps the permissions of the file it replaces', () => {
    const d = fresh();
    const file = join(d, 'private.ics');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    writeFileAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'newer');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('gives a new file the default permissions (0666 less the umask)', () => {
    const d = fresh();
    const file = join(d, 'new.ics');
    writeFileAtomic(file, 'x');
    expect(statSync(file).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it('refuses a folder or a FIFO as the target, one line, nothing left', () => {
    const d = fresh();
    expect(() => writeFileAtomic(d, 'x')).toThrow(new OutputError(`cannot write ${d}: is a folder`));
    const fifo = join(d, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => writeFileAtomic(fifo, 'x')).toThrow(new OutputError(`cannot write ${fifo}: not a regular file`));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers(d)).toEqual([]);
  });

  // Regression: a rename over a device replaced it with a regular file (as root, -o /dev/null replaced /dev/null).
  it('writes a character device in place instead of renaming over it', () => {
    const d = fresh();
    // As root, a null device of our own, so that a regression replaces only it; otherwise /dev/null, whose folder we cannot write.
    const root = process.getuid?.() === 0;
    const device = root ? join(d, 'null') : '/dev/null';
    if (root) execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    writeFileAtomic(device, 'into the void');
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(leftovers(d)).toEqual([]);
  });

  it('names a missing folder', () => {
    const file = join(dir, 'no', 'such', 'x.ics');
    expect(() => writeFileAtomic(file, 'x')).toThrow(new OutputError(`cannot write ${file}: no such folder`));
  });
});

describe('export -o', () => {
  it('-o - writes to stdout and no file', async () => {
    const d = fresh();
    const r = await cli(['export', '--format', 'csv', '--day', 'wed', '-o', '-']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\r\n')[0]).toBe('id,date,start,end,track,room,number,title,chair');
    expect(r.stdout.split('\r\n')).toHaveLength(6);
    expect(readdirSync(d)).toEqual([]);
  });

  it('reports the link it was given, and the file behind it is written', async () => {
    const d = fresh();
    writeFileSync(join(d, 'real.ics'), 'old');
    chmodSync(join(d, 'real.ics'), 0o600);
    symlinkSync('real.ics', join(d, 'link.ics'));
    const r = await cli(['export', '--day', 'wed', '-o', join(d, 'link.ics')]);
    expect(r).toEqual({ status: 0, stdout: '', stderr: `Wrote 4 sessions to ${join(d, 'link.ics')} (ics).\n` });
    expect(readFileSync(join(d, 'real.ics'), 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(statSync(join(d, 'real.ics')).mode & 0o777).toBe(0o600);
    expect(spawnSync('ls', [d]).stdout.toString().split('\n').filter(Boolean)).toEqual(['link.ics', 'real.ics']);
  });
});
