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

const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pad = (n) => String(n).padStart(2, '0');

/**
 * A deterministic frab schedule.xml of `count` events: 40 rooms × 12 slots a day, days from 10:00 to
 * 04:00 the next morning (the last two slots after midnight), dates with +01:00, no zone name.
 */
export function generateXml(count) {
  const rand = random(2014);
  const rooms = 40;
  const slots = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 24, 25];
  const perDay = rooms * slots.length;
  const dayCount = Math.ceil(count / perDay);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<schedule>', '<version>bench</version>', '<conference>', '<acronym>bench</acronym>', '<title>Generated Congress</title>', `<days>${dayCount}</days>`, '</conference>'];
  let n = 0;
  for (let d = 0; d < dayCount && n < count; d++) {
    const day = new Date(Date.UTC(2014, 11, 27 + d));
    const next = new Date(Date.UTC(2014, 11, 28 + d));
    const date = day.toISOString().slice(0, 10);
    out.push(`<day index="${d + 1}" date="${date}" start="${date}T10:00:00+01:00" end="${next.toISOString().slice(0, 10)}T04:00:00+01:00">`);
    for (let r = 0; r < rooms && n < count; r++) {
      out.push(`<room name="Room ${r + 1}">`);
      for (const hour of slots) {
        if (n >= count) break;
        n++;
        const at = new Date(Date.UTC(2014, 11, 27 + d, hour));
        const wall = `${at.toISOString().slice(0, 10)}T${pad(at.getUTCHours())}:00:00+01:00`;
        const speakers = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `<person id="${Math.floor(rand() * 9000) + 1}">Speaker ${Math.floor(rand() * 5000)}</person>`);
        out.push(
          `<event id="${n}" guid="bench-${n}">`,
          `<date>${wall}</date><start>${pad(at.getUTCHours())}:00</start><duration>00:45</duration><room>Room ${r + 1}</room>`,
          `<slug>bench-${n}</slug><title>${escape(`Generated talk ${n} & friends`)}</title><subtitle></subtitle><track>Track ${Math.floor(rand() * 12)}</track>`,
          `<type>lecture</type><language>en</language><abstract>An abstract of talk ${n}.</abstract><description><![CDATA[<p>A <em>description</em> of talk ${n}.</p>]]></description>`,
          `<persons>${speakers.join('')}</persons><links></links>`,
          '</event>',
        );
      }
      out.push('</room>');
    }
    out.push('</day>');
  }
  out.push('</schedule>');
  return `${out.join('\n')}\n`;
}
