import { cacheVariant } from '../src/boot';

describe('the code cache variant', () => {
  const names = ['now', 'schedule', 'export'];
  it('is the command argv names, so each command keeps the functions it compiled', () => {
    expect(cacheVariant(['now', '--at', 'tues 10:45'], names)).toBe('now');
    expect(cacheVariant(['--json', 'schedule'], names)).toBe('schedule');
  });
  it('is "default" for no command, an unknown word or an option value before the command', () => {
    expect(cacheVariant([], names)).toBe('default');
    expect(cacheVariant(['--json'], names)).toBe('default');
    expect(cacheVariant(['nosuch'], names)).toBe('default');
    expect(cacheVariant(['--tz', 'UTC', 'schedule'], names)).toBe('default');
  });
});
