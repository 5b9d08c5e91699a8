import { colorLevel, MAX_WIDTH, terminalWidth } from '../src/terminal';

describe('colorLevel', () => {
  const tty = { flag: undefined, env: {}, isTTY: true };
  it('colours a terminal and not a pipe', () => {
    expect(colorLevel(tty)).toBe(1);
    expect(colorLevel({ ...tty, isTTY: false })).toBe(0);
  });
  it('NO_COLOR (not empty) and TERM=dumb turn it off', () => {
    expect(colorLevel({ ...tty, env: { NO_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { NO_COLOR: '' } })).toBe(1);
    expect(colorLevel({ ...tty, env: { TERM: 'dumb' } })).toBe(0);
  });
  it('FORCE_COLOR forces it, at the level it names; 0 forbids it', () => {
    expect(colorLevel({ ...tty, isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(1);
    expect(colorLevel({ ...tty, isTTY: false, env: { FORCE_COLOR: '3' } })).toBe(3);
    expect(colorLevel({ ...tty, env: { FORCE_COLOR: '0' } })).toBe(0);
  });
  it('--no-color beats everything; --color beats a pipe', () => {
    expect(colorLevel({ ...tty, flag: false, env: { FORCE_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ flag: true, env: {}, isTTY: false })).toBe(1);
  });
  it('reads the depth from COLORTERM and TERM', () => {
    expect(colorLevel({ ...tty, env: { COLORTERM: 'truecolor' } })).toBe(3);
    expect(colorLevel({ ...tty, env: { TERM: 'xterm-256color' } })).toBe(2);
  });
});

describe('terminalWidth', () => {
  it('takes COLUMNS, then the terminal, then 80', () => {
    expect(terminalWidth({ COLUMNS: '120' }, 100)).toBe(120);
    expect(terminalWidth({ COLUMNS: 'wide' }, 100)).toBe(100);
    expect(terminalWidth({}, undefined)).toBe(80);
  });
});

// Regression (fuzz): COLUMNS=1e9 made every line a billion columns wide and ran out of memory.
describe('terminalWidth under odd values', () => {
  it.each([
    ['1e9', 100, 100],
    ['999999999', 100, 1000],
    ['0x50', 100, 100],
    ['80.5', 100, 100],
    ['-80', 100, 100],
    [' 72 ', 100, 72],
    ['', 100, 100],
    ['1e9', undefined, 80],
  ])('COLUMNS=%j with a terminal of %p is %p', (columns, tty, width) => {
    expect(terminalWidth({ COLUMNS: columns }, tty)).toBe(width);
  });

  it('caps a huge terminal at MAX_WIDTH', () => {
    expect(terminalWidth({}, 1_000_000)).toBe(MAX_WIDTH);
  });
});
