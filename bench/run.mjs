// npm run bench: start-up and scale, measured side by side in one run (interleaved rounds, medians).
// Usage: node bench/run.mjs [--rounds N] [--sizes 1000,10000,100000] [--no-scale]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const rounds = Number(option('--rounds', '25'));
const sizes = option('--sizes', '1000,10000,100000').split(',').map(Number);
const scale = !args.includes('--no-scale');
const bin = join(root, 'bin', 'xensummit');
const node = process.execPath;

function time(argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function peakKiB(argv) {
  const r = spawnSync(node, ['--require', join(root, 'bench', 'maxrss.cjs'), ...argv], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return Number(String(r.output[3]).trim());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs every case once per round, in turn (A B C A B C …), after two warm-up rounds. */
function measure(cases) {
  const times = cases.map(() => []);
  for (let round = -2; round < rounds; round++) {
    cases.forEach((c, i) => {
      const ms = time(c.argv);
      if (round >= 0) times[i].push(ms);
    });
  }
  return cases.map((c, i) => ({ ...c, ms: median(times[i]), peak: peakKiB(c.argv) }));
}

function table(rows, baseline) {
  const head = ['case', 'median ms', `× ${baseline.label}`, 'target', 'peak MiB'];
  const body = rows.map((r) => [
    r.label,
    r.ms.toFixed(1),
    (r.ms / baseline.ms).toFixed(2),
    r.target === undefined ? '' : `≤ ${r.target}× ${r.ms / baseline.ms <= r.target ? 'met' : 'NOT met'}`,
    (r.peak / 1024).toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`, ...body.map(line)].join('\n');
}

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${rounds} interleaved rounds after 2 warm-up rounds; median wall time of each command, spawned with spawnSync.\n`);

const startup = [
  { label: 'node -e 0', argv: ['-e', '0'] },
  // Reference: Node's first time-zone-aware formatter, which any command that shows a time pays.
  { label: 'node: first Intl.DateTimeFormat', argv: ['-e', 'new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York" }).format(0)'] },
  { label: 'xensummit --version', argv: [bin, '--version'], target: 1.1 },
  { label: 'xensummit --help', argv: [bin, '--help'], target: 1.1 },
  { label: 'xensummit now --at "tues 10:45"', argv: [bin, 'now', '--at', 'tues 10:45'], target: 1.3 },
  { label: 'xensummit schedule', argv: [bin, 'schedule'], target: 1.3 },
  { label: 'xensummit stats --sort checkins', argv: [bin, 'stats', '--sort', 'checkins'] },
  { label: 'xensummit export --format ics', argv: [bin, 'export', '--format', 'ics'] },
  // What a TAB press costs: the completion scripts run one of these.
  { label: 'TAB: __complete ""', argv: [bin, '__complete', ''] },
  { label: 'TAB: __complete schedule --day ""', argv: [bin, '__complete', 'schedule', '--day', ''] },
  { label: 'TAB: __complete now --tz ""', argv: [bin, '__complete', 'now', '--tz', ''] },
];
const results = measure(startup);
console.log('## Start-up\n');
console.log(table(results, results[0]));

if (scale) {
  const dir = mkdtempSync(join(tmpdir(), 'xensummit-bench-'));
  console.log('\n## Scale\n');
  const summary = [];
  for (const size of sizes) {
    const file = join(dir, `summit-${size}.json`);
    writeFileSync(file, JSON.stringify(generate(size)));
    const rows = measure([
      { label: `floor: parse + stringify (${size})`, argv: [join(root, 'bench', 'floor.cjs'), file] },
      { label: `schedule --json (${size})`, argv: [bin, 'schedule', '--json', '--data', file], target: 2 },
      { label: `now (${size})`, argv: [bin, 'now', '--data', file, '--at', '2007-04-18 10:45'] },
    ]);
    console.log(table(rows, rows[0]));
    console.log('');
    summary.push({ size, schedule: rows[1].ms, floor: rows[0].ms, now: rows[2].ms });
  }
  const first = summary[0];
  const last = summary[summary.length - 1];
  if (summary.length > 1) {
    const grow = (key) => ((last[key] - first[key]) / (last.size - first.size)) * 1000;
    console.log(`Growth from ${first.size} to ${last.size} sessions, ms per 1,000 sessions: schedule --json ${grow('schedule').toFixed(2)}, floor ${grow('floor').toFixed(2)}, now ${grow('now').toFixed(2)}.`);
    for (const s of summary.slice(1, -1)) {
      const predicted = first.schedule + ((last.schedule - first.schedule) * (s.size - first.size)) / (last.size - first.size);
      console.log(`Linear check: schedule --json at ${s.size} sessions took ${s.schedule.toFixed(1)} ms; a straight line through the ends predicts ${predicted.toFixed(1)} ms.`);
    }
  }
}
