/** The bundled data against the welcome deck itself (a copy is kept as a test fixture). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundled } from '../src/io/load';
import { readSummit, type SummitRecord } from '../src/io/readers/summit';
import { Zones } from '../src/core/time';
import type { ChangeItem } from '../src/types';

const BUNDLED_DATA = join(__dirname, '..', 'data', 'summit.json');
const loadSummit = () => loadBundled(new Zones());

const deck = readFileSync(join(__dirname, 'fixtures', 'welcome-deck.txt'), 'utf8');
const summit = loadSummit();
const strip = (s: string) => s.replace(/<\/?b>/g, '').trim();

interface DeckSession {
  day: string;
  start: string;
  end: string | null;
  column: number;
  cell: string;
}

/** Every schedule cell of the deck, with its day, times and column (0 = Track A or the single track). */
function deckSessions(): DeckSession[] {
  const out: DeckSession[] = [];
  for (const line of deck.split('\n')) {
    const m = /^<b>(Tues|Weds) (\d{1,2})\.(\d{2})-(?:(\d{1,2})\.(\d{2}))?<\/b>\t(.*)$/.exec(line);
    if (!m) continue;
    const pad = (h: string, mi: string) => `${h.padStart(2, '0')}:${mi}`;
    m[6].split('\t').forEach((cell, column) => {
      if (strip(cell) === '') return;
      out.push({ day: m[1], start: pad(m[2], m[3]), end: m[4] ? pad(m[4], m[5]) : null, column, cell: strip(cell) });
    });
  }
  return out;
}

describe('the bundled data file', () => {
  it('is valid: it is not validated at start-up, so it is here', () => {
    const record = JSON.parse(readFileSync(BUNDLED_DATA, 'utf8'));
    const checked = readSummit(record, BUNDLED_DATA, new Zones());
    expect(loadSummit().sessions).toEqual(checked.sessions);
    expect(loadSummit().days).toEqual(checked.days);
    expect(checked.sessions.map((s) => s.id).sort()).toEqual(record.sessions.map((s: { id: string }) => s.id).sort());
  });
});

describe('schedule data', () => {
  const cells = deckSessions();

  it('has one session for every cell of the deck, and no other', () => {
    expect(cells).toHaveLength(14);
    expect(summit.sessions).toHaveLength(cells.length);
  });

  it.each(deckSessions().map((c) => [`${c.day} ${c.start} column ${c.column}`, c] as const))('%s is in the data unchanged', (_, cell) => {
    const date = cell.day === 'Tues' ? '2007-04-17' : '2007-04-18';
    const twoTracks = cell.day === 'Tues' && cells.some((c) => c.start === cell.start && c.column === 1);
    const track = twoTracks ? (cell.column === 0 ? 'A' : 'B') : null;
    const record: SummitRecord = JSON.parse(readFileSync(BUNDLED_DATA, 'utf8'));
    const matches = record.sessions.filter((s) => s.date === date && s.start === cell.start && s.track === track);
    expect(matches).toHaveLength(1);
    const s = matches[0];
    expect(s.end).toBe(cell.end);
    // And the model reads those venue times at EDT, UTC-4.
    const model = summit.sessions.find((m) => m.id === s.id)!;
    expect(model.startsAt.toISOString()).toBe(`${date}T${String(Number(cell.start.slice(0, 2)) + 4).padStart(2, '0')}:${cell.start.slice(3)}:00.000Z`);
    // The deck's cell is "Session N Title Chair: Name", "Title", or "Title TBD".
    const rebuilt = [
      s.number === null ? '' : `Session ${s.number}`,
      s.title,
      s.chair === null ? '' : `Chair: ${s.chair}`,
      s.note ?? '',
    ]
      .filter((p) => p !== '')
      .join(' ');
    expect(rebuilt).toBe(cell.cell.replace(/\s+/g, ' '));
  });

  it('puts the tracks in the rooms the deck names, and the plenary in the Track A room', () => {
    expect(deck).toContain('Track A – Yorktown Auditorium (here!)');
    expect(deck).toContain('Track B – Meeting Room #2');
    for (const s of summit.sessions) {
      if (s.track === 'A') expect(s.room).toBe('Yorktown Auditorium');
      if (s.track === 'B') expect(s.room).toBe('Meeting Room #2');
    }
    expect(summit.sessions.find((s) => s.id === 'tue-0')?.room).toBe('Yorktown Auditorium');
    expect(summit.sessions.filter((s) => s.date === '2007-04-18').every((s) => s.room === null)).toBe(true);
  });

  it('has unique, short ids', () => {
    const ids = summit.sessions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(tue|wed)-[0-9a-z]{1,6}$/);
  });
});

describe('logistics data', () => {
  it('quotes the deck word for word', () => {
    const texts = [
      ...summit.rooms.flatMap((r) => [r.name, ...r.notes]),
      ...summit.logistics.flatMap((l) => [l.text, ...(l.details ?? [])]),
      summit.venue.name,
    ];
    for (const text of texts) expect(deck).toContain(text);
  });
});

/** The deck's bulleted lists as [depth, text] pairs, in order, from `from` up to `to`. */
function deckBullets(from: string, to: string): [number, string][] {
  const part = deck.slice(deck.indexOf(from), deck.indexOf(to, deck.indexOf(from)));
  return [...part.matchAll(/^( *)- (.+)$/gm)].map((m) => [m[1].length / 2, m[2].trim()]);
}

function flatten(items: readonly ChangeItem[], depth = 0): [number, string][] {
  return items.flatMap((i) => [[depth, i.text] as [number, string], ...flatten(i.items, depth + 1)]);
}

describe('changelog data', () => {
  it('has the post-3.0.0 change log with its nesting', () => {
    expect(flatten(summit.changelog![0].items)).toEqual(deckBullets('# Post-3.0.0 Change Log', '# SPECjbb2005'));
  });

  it('has the second list, XenAPI 1.0 support and its sub-items', () => {
    expect(flatten(summit.changelog![1].items)).toEqual(deckBullets('- XenAPI 1.0 support', '# Post-3.0.0 Rough Code Stats'));
  });

  it('lists the benchmark charts the deck shows, and no figures', () => {
    const titles = [...deck.matchAll(/^#+ (.*(?:SPEC|Passmark).*)$/gm)].map((m) => m[1].trim());
    expect(summit.benchmarks!.charts).toEqual(titles);
    expect(Object.keys(summit.benchmarks!).sort()).toEqual(['charts', 'note']);
    expect(summit.benchmarks!.note).toMatch(/not in the deck/);
  });
});

describe('contributor data', () => {
  it('has every row of the deck, in its order, unchanged', () => {
    const rows = [...deck.matchAll(/^<b>([a-z.]+)<\/b>\t<b>(\d+)<\/b>\t<b>(\d+)<\/b>\t<b>(\d+)<\/b>$/gm)].map((m) => ({
      domain: m[1],
      aliases: Number(m[2]),
      checkins: Number(m[3]),
      insertions: Number(m[4]),
    }));
    expect(rows).toHaveLength(18);
    expect(summit.stats!.rows.map(({ domain, aliases, checkins, insertions }) => ({ domain, aliases, checkins, insertions }))).toEqual(rows);
  });

  it('marks only "other" as an aggregate, and types in no totals', () => {
    expect(summit.stats!.rows.filter((r) => r.aggregate).map((r) => r.domain)).toEqual(['other']);
    expect(JSON.stringify(summit.stats!)).not.toMatch(/total/i);
  });
});
