import { finish, percent, show, span, thousands } from '../../src/render/text';
import { bar } from '../../src/render/stats';
import { Zones } from '../../src/core/time';

const venue = { zone: 'America/New_York', venueZone: 'America/New_York', zones: new Zones() };

describe('text helpers', () => {
  it('span gives the two largest units in whole minutes', () => {
    const t = (iso: string) => new Date(iso);
    expect(span(t('2007-04-17T14:05:00Z'), t('2007-04-17T14:30:00Z'), venue)).toBe('25 min');
    expect(span(t('2007-04-17T14:45:00Z'), t('2007-04-17T16:30:00Z'), venue)).toBe('1 h 45 min');
    expect(span(t('2007-04-17T14:00:00Z'), t('2007-04-17T16:00:30Z'), venue)).toBe('2 h');
    expect(span(t('2007-04-01T05:00:00Z'), t('2007-04-17T12:00:00Z'), venue)).toBe('16 days 7 h');
    expect(span(t('2007-04-19T04:00:00Z'), t('2026-11-24T00:00:00Z'), venue)).toBe('19 years 7 months');
    expect(span(t('2007-04-17T14:00:00Z'), t('2007-04-17T14:00:59Z'), venue)).toBe('less than a minute');
    expect(span(t('2007-04-18T12:25:00Z'), t('2007-04-17T14:25:00Z'), venue)).toBe('22 h');
  });

  it('show makes control characters and bidi overrides visible', () => {
    expect(show('a\u001b[31mb\u0007\u202e')).toBe('a\\u{1b}[31mb\\u{7}\\u{202e}');
    expect(show('Muli Ben Yehuda – ü')).toBe('Muli Ben Yehuda – ü');
  });

  it('numbers: thousands separators and one-decimal percentages', () => {
    expect(thousands(550450)).toBe('550,450');
    expect(thousands(1234567)).toBe('1,234,567');
    expect(thousands(8)).toBe('8');
    expect(percent(0.50344)).toBe('50.3%');
  });

  it('finish trims trailing blanks and ends with one newline', () => {
    expect(finish('a  \nb\t\n\n')).toBe('a\nb\n');
  });

  it('bar draws eighths of a cell', () => {
    expect(bar(1, 4)).toBe('████');
    expect(bar(0.5, 3)).toBe('█▌');
    expect(bar(0, 10)).toBe('');
  });
});

describe('show', () => {
  it('makes the bidirectional marks and the Arabic letter mark visible, and the line separators', () => {
    expect(show('a\u200eb\u200fc\u061cd\u2028e\u2029f')).toBe('a\\u{200e}b\\u{200f}c\\u{61c}d\\u{2028}e\\u{2029}f');
  });

  it('is the same when applied twice', () => {
    const once = show('\u001b[2J\u009b\u202e');
    expect(show(once)).toBe(once);
  });
});

// Regression (fuzz): a stats domain of 100,000 characters padded every row with spaces, and
// finish's /[ \t]+$/gm took time quadratic in each run of spaces (minutes for stats).
describe('finish on long runs of spaces', () => {
  it('trims 200,000 spaces before a word and after one, in one pass', () => {
    const spaces = ' '.repeat(200_000);
    expect(finish(`a${spaces}b${spaces}\n${spaces}\n\n`)).toBe(`a${spaces}b\n`);
  });
});
