/** scripts/boot.js: the code cache is written beside a bundle in a writable folder, and not tried in a read-only one. */
import fs from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from './run';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { boot } = require('../scripts/boot.js') as { boot: (file: string) => void };
const tmp = tempFolder('boot');

describe('boot', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes the cache when the folder is writable', () => {
    const file = join(tmp, 'writable.js');
    fs.writeFileSync(file, 'module.exports = 1;');
    boot(file);
    expect(fs.existsSync(`${file}.cache`)).toBe(true);
  });

  it('does not make the cache (nor try to write it) when the folder is read-only', () => {
    const file = join(tmp, 'readonly.js');
    fs.writeFileSync(file, 'module.exports = 1;');
    jest.spyOn(fs, 'accessSync').mockImplementation(() => {
      throw Object.assign(new Error('read-only'), { code: 'EROFS' });
    });
    const write = jest.spyOn(fs, 'writeFileSync');
    boot(file);
    expect(write).not.toHaveBeenCalled();
    expect(fs.existsSync(`${file}.cache`)).toBe(false);
  });
});
