// Writes a deterministic summit data file of N sessions over many days and rooms, for the scale benchmark.
// Usage: node bench/generate.mjs N FILE [--one-day]
import { readFileSync, writeFileSync } from 'node:fs';

const ROOMS = 40;
const SLOTS = [
  ['08:00', '09:00'], ['09:15', '10:15'], ['10:30', '11:30'], ['11:45', '12:45'], ['13:30', '14:30'],
  ['14:45', '15:45'], ['16:00', '17:00'], ['17:15', '18:15'], ['18:30', '19:30'], ['19:45', null],
];

/** A small deterministic pseudo-random sequence (mulberry32), so every run writes the same file. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` sessions over as many days as 40 rooms and ten slots need; with `oneDay`, all on one date. */
export function generate(count, { oneDay = false } = {}) {
  const base = JSON.parse(readFileSync(new URL('../data/summit.json', import.meta.url), 'utf8'));
  const rand = random(2007);
  const perDay = oneDay ? count : ROOMS * SLOTS.length;
  const dayCount = Math.ceil(count / perDay);
  const days = Array.from({ length: dayCount }, (_, i) => {
    const d = new Date(Date.UTC(2007, 3, 17 + i));
    return { date: d.toISOString().slice(0, 10), label: `Day ${i + 1}` };
  });
  const rooms = Array.from({ length: ROOMS }, (_, r) => ({ track: `R${r + 1}`, name: `Room ${r + 1}`, notes: [] }));
  const sessions = [];
  for (let i = 0; i < count; i++) {
    const day = days[Math.floor(i / perDay)];
    const within = i % perDay;
    const [start, end] = SLOTS[Math.floor(within / ROOMS) % SLOTS.length];
    const room = rooms[within % ROOMS];
    sessions.push({
      id: `s${i + 1}`,
      date: day.date,
      start,
      end,
      track: room.track,
      room: room.name,
      number: i + 1,
      title: `Generated session ${i + 1}`,
      chair: rand() < 0.8 ? `Chair ${Math.floor(rand() * 5000)}` : null,
    });
  }
  return { ...base, days, rooms, sessions };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  const [count, file, flag] = process.argv.slice(2);
  writeFileSync(file, JSON.stringify(generate(Number(count), { oneDay: flag === '--one-day' })));
}
