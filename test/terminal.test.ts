import { colorLevel, MAX_WIDTH, pagerCommand, pagerEnv, terminalWidth } from '../src/terminal';

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

describe('colorLevel: CLICOLOR and the order of the rules', () => {
  const tty = { flag: undefined, env: {}, isTTY: true };
  const pipe = { ...tty, isTTY: false };
  it('CLICOLOR=0 turns a terminal off; another CLICOLOR leaves it on', () => {
    expect(colorLevel({ ...tty, env: { CLICOLOR: '0' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { CLICOLOR: '1' } })).toBe(1);
    expect(colorLevel({ ...pipe, env: { CLICOLOR: '1' } })).toBe(0);
  });
  it('CLICOLOR_FORCE (not 0) colours a pipe and beats CLICOLOR=0 and TERM=dumb', () => {
    expect(colorLevel({ ...pipe, env: { CLICOLOR_FORCE: '1' } })).toBe(1);
    expect(colorLevel({ ...pipe, env: { CLICOLOR_FORCE: '1', CLICOLOR: '0' } })).toBe(1);
    expect(colorLevel({ ...tty, env: { CLICOLOR_FORCE: '1', TERM: 'dumb' } })).toBe(1);
    expect(colorLevel({ ...pipe, env: { CLICOLOR_FORCE: '1', TERM: 'xterm-256color' } })).toBe(2);
    expect(colorLevel({ ...pipe, env: { CLICOLOR_FORCE: '0' } })).toBe(0);
    expect(colorLevel({ ...pipe, env: { CLICOLOR_FORCE: '' } })).toBe(0);
  });
  it('NO_COLOR beats CLICOLOR_FORCE; FORCE_COLOR and the flags beat both', () => {
    expect(colorLevel({ ...pipe, env: { CLICOLOR_FORCE: '1', NO_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { FORCE_COLOR: '0', CLICOLOR_FORCE: '1' } })).toBe(0);
    expect(colorLevel({ ...pipe, env: { FORCE_COLOR: '1', CLICOLOR: '0' } })).toBe(1);
    expect(colorLevel({ ...pipe, flag: true, env: { CLICOLOR: '0' } })).toBe(1);
    expect(colorLevel({ ...tty, flag: false, env: { CLICOLOR_FORCE: '1' } })).toBe(0);
  });
});

describe('pagerCommand', () => {
  const base = { isTTY: true, rows: 24, env: {}, refused: false, lines: 100 };
  it('pages a terminal, taller output only, as XENSUMMIT_PAGER, PAGER or less say', () => {
    expect(pagerCommand(base)).toBe('less');
    expect(pagerCommand({ ...base, lines: 23 })).toBeUndefined();
    expect(pagerCommand({ ...base, lines: 24 })).toBe('less');
    expect(pagerCommand({ ...base, rows: undefined, lines: 1 })).toBe('less');
    expect(pagerCommand({ ...base, env: { PAGER: 'most' } })).toBe('most');
    expect(pagerCommand({ ...base, env: { PAGER: 'most', XENSUMMIT_PAGER: ' less -S ' } })).toBe('less -S');
  });
  it('none into a pipe, when refused, or when set empty or to cat', () => {
    expect(pagerCommand({ ...base, isTTY: false })).toBeUndefined();
    expect(pagerCommand({ ...base, refused: true })).toBeUndefined();
    expect(pagerCommand({ ...base, env: { XENSUMMIT_PAGER: '' } })).toBeUndefined();
    expect(pagerCommand({ ...base, env: { PAGER: 'cat' } })).toBeUndefined();
  });
  it('LESS=FRX and LV=-c unless set', () => {
    expect(pagerEnv({ HOME: '/h' })).toEqual({ HOME: '/h', LESS: 'FRX', LV: '-c' });
    expect(pagerEnv({ LESS: 'S', LV: '' })).toEqual({ LESS: 'S', LV: '' });
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
