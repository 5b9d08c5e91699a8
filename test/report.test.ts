import { commandLine, internalError } from '../src/report';

describe('internalError', () => {
  it('names the tool, its version and the command line in one paragraph, then the stack', () => {
    const error = new TypeError('x is undefined');
    const text = internalError(error, ['now', '--at', 'tues 10:45'], '1.2.3');
    const [paragraph, ...stack] = text.split('\n');
    expect(paragraph).toMatch(/^xensummit: internal error: a bug in xensummit 1\.2\.3, .*Please report it to the maintainers of xensummit/);
    expect(paragraph).toContain('(xensummit now --at "tues 10:45")');
    expect(stack[0]).toBe('TypeError: x is undefined');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('quotes only the words a shell would need quoted', () => {
    expect(commandLine(['schedule', '--day', 'weds', '-o', 'a b.ics'])).toBe('xensummit schedule --day weds -o "a b.ics"');
  });
});
