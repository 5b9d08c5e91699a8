// npm run bench: start-up and scale, measured side by side in one run (interleaved rounds, medians).
// Usage: node bench/run.mjs [--rounds N] [--scale-rounds N] [--day-rounds N] [--sizes 1000,10000,100000] [--xml-sizes 10000,100000] [--xml-rounds N] [--no-scale] [--no-tty]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { common, lazyChildProcess } from '../scripts/bundle-options.mjs';
import { generate, generateXml } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const rounds = Number(option('--rounds', '25'));
// The linear check compares three medians, and on a shared machine one run of the same command takes
// 0.11 s or 0.20 s, seemingly at random: the files of the line get 21 rounds, the one-day file (no line) 5.
const scaleRounds = Number(option('--scale-rounds', '21'));
const dayRounds = Number(option('--day-rounds', '5'));
const sizes = option('--sizes', '1000,10000,100000').split(',').map(Number);
const scale = !args.includes('--no-scale');
const tty = !args.includes('--no-tty') && spawnSync('script', ['--version']).status === 0;
const bin = join(root, 'bin', 'xensummit');
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'xensummit-bench-'));
// The code cache lives in a folder of the bench's own, warmed by the warm-up rounds.
const env = { ...process.env, NO_COLOR: '1', XENSUMMIT_CACHE_DIR: join(work, 'cache') };
delete env.FORCE_COLOR;
// A cache folder that cannot be made (under a file): no code cache, no kept parse, no zone tables; each run is a first run.
const noCache = { ...env, XENSUMMIT_CACHE_DIR: '/dev/null/xensummit' };
delete env.COLUMNS;

// The stack's floor: bench/hello.cjs bundled as the tool is, started by the tool's boot (dist/start.js).
const helloBundle = join(work, 'hello.js');
await build({ ...common, entryPoints: [join(root, 'bench', 'hello.cjs')], outfile: helloBundle, plugins: [lazyChildProcess] });
const helloStart = join(work, 'hello-start.js');
writeFileSync(helloStart, `require(${JSON.stringify(join(root, 'dist', 'start.js'))}).boot(${JSON.stringify(helloBundle)}, process.argv.slice(2));\n`);

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/** One run: [file, ...argv], into a pipe, or on a terminal (through `script`, with colour, and no pager: XENSUMMIT_PAGER=cat, as in git). */
function time(c) {
  const runEnv = c.env ?? env;
  const start = process.hrtime.bigint();
  const r = c.tty
    ? spawnSync('script', ['-qec', [c.file, ...c.argv].map(quote).join(' '), '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...runEnv, TERM: 'xterm-256color', NO_COLOR: '', XENSUMMIT_PAGER: 'cat' } })
    : // Into a pipe, as the rows say (not /dev/null, which a tool may treat apart): read and dropped.
      spawnSync(c.file, c.argv, { stdio: ['ignore', 'pipe', 'pipe'], env: runEnv, maxBuffer: 2 ** 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && !c.anyStatus) throw new Error(`${c.label} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function peakKiB(c) {
  if (c.file !== node) return NaN;
  const r = spawnSync(node, ['--require', join(root, 'bench', 'maxrss.cjs'), ...c.argv], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], env: c.env ?? env });
  return Number(String(r.output[3]).trim());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs every case once per round, in turn (A B C A B C …), after two warm-up rounds. */
function measure(cases, n, warmUp = 2) {
  const times = cases.map(() => []);
  for (let round = -warmUp; round < n; round++) {
    cases.forEach((c, i) => {
      const ms = time(c);
      if (round >= 0) times[i].push(ms);
    });
  }
  return cases.map((c, i) => ({ ...c, ms: median(times[i]), peak: peakKiB(c) }));
}

function table(rows, baseline) {
  const head = ['case', 'median ms', `× ${baseline.label}`, 'target', 'peak MiB'];
  const body = rows.map((r) => {
    const base = r.baseline ?? baseline;
    const ratio = r.ms / base.ms;
    return [
      r.label,
      r.ms.toFixed(1),
      r.baseline ? `${ratio.toFixed(2)} (× ${r.baseline.label})` : ratio.toFixed(2),
      r.target === undefined ? '' : `≤ ${r.target}× ${ratio <= r.target ? 'met' : 'NOT met'}`,
      Number.isNaN(r.peak) ? '' : (r.peak / 1024).toFixed(1),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`, ...body.map(line)].join('\n');
}

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${rounds} interleaved rounds after 2 warm-up rounds (scale: ${scaleRounds}, the one-day file ${dayRounds}); median wall time of each command, spawned with spawnSync.\n`);

const x = (label, argv, target, extra = {}) => ({ label, file: node, argv: [bin, ...argv], target, ...extra });
const startup = [
  { label: 'node -e 0', file: node, argv: ['-e', '0'] },
  // The floor of the stack (bench/hello.cjs): no command of the tool can start faster.
  { label: 'floor: commander hello-world, bundled, code cache', file: node, argv: [helloStart, 'now', '--at', 'tues 10:45'] },
  // Reference: Node's first time-zone-aware formatter, which the tool avoids on its common paths.
  { label: 'node: first Intl.DateTimeFormat', file: node, argv: ['-e', 'new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York" }).format(0)'] },
  x('xensummit --version', ['--version'], 1.05),
  x('xensummit --help', ['--help'], 1.05),
  x('xensummit now --at "tues 10:45"', ['now', '--at', 'tues 10:45'], 1.15),
  x('xensummit now (real clock)', ['now'], 1.15),
  // For a prompt or a tmux status line, run every few seconds.
  x('xensummit now --oneline --at "tues 10:45"', ['now', '--oneline', '--at', 'tues 10:45'], 1.15),
  x('xensummit schedule', ['schedule'], 1.15),
  x('xensummit stats --sort checkins', ['stats', '--sort', 'checkins'], 1.15),
  x('xensummit info', ['info'], 1.15),
  x('xensummit export --format ics', ['export', '--format', 'ics'], 1.15),
  // What a TAB press costs: the completion scripts run one of these.
  x('TAB: __complete ""', ['__complete', '']),
  x('TAB: __complete schedule --day ""', ['__complete', 'schedule', '--day', '']),
  x('TAB: __complete now --tz ""', ['__complete', 'now', '--tz', '']),
];
// A real published schedule (31C3's schedule.xml), when the shared folder is beside the checkout.
const congress = join(process.env.CONFERENCES_DIR ?? join(root, '..', 'shared', 'conferences'), '31c3-v1.5.schedule.xml');
if (existsSync(congress)) startup.push(x('xensummit now --data 31c3 schedule.xml', ['now', '--data', congress, '--at', 'sat 12:00'], 1.35));
else console.log(`(no row for now --data 31c3: ${congress} is absent)\n`);
const khal = spawnSync('khal', ['--version']).status === 0;
if (khal) startup.push({ label: 'khal list today (for comparison)', file: 'khal', argv: ['list', 'today'], anyStatus: true });
const results = measure(startup, rounds);
console.log('## Start-up, into a pipe\n');
console.log(table(results, results[0]));
const nodePeak = results[0].peak;
const nowPeak = results.find((r) => r.label.startsWith('xensummit now --at')).peak;
console.log(`\nPeak memory of now: ${(nowPeak / nodePeak).toFixed(2)}× node -e 0's (target ≤ 1.15×).`);

// NODE_EXTRA_CA_CERTS makes every Node start read and parse a CA bundle: it lengthens node -e 0 as
// much as the tool, so the ratios above are kinder than on a machine without it. The same rows again
// without it, so that both are seen.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const bare = { ...env };
  delete bare.NODE_EXTRA_CA_CERTS;
  const bareResults = measure(startup.filter((c) => c.file === node).map((c) => ({ ...c, env: { ...bare, XENSUMMIT_CACHE_DIR: (c.env ?? env).XENSUMMIT_CACHE_DIR } })), rounds);
  console.log('\n## Start-up, into a pipe, without NODE_EXTRA_CA_CERTS (set in this environment)\n');
  console.log(table(bareResults, bareResults[0]));
}

// A first run, with nothing kept (no code cache, no parse, no zone tables), apart: interleaved with the
// rows above, a run this heavy changes what the next start measures (node -e 0 came out 12 % faster).
if (existsSync(congress)) {
  const first = measure([startup[0], x('xensummit now --data 31c3 schedule.xml, first run: nothing kept (no cache folder)', ['now', '--data', congress, '--at', 'sat 12:00'], undefined, { env: noCache })], Math.max(5, Math.round(rounds / 3)));
  console.log('\n## A first run, apart\n');
  console.log(table(first, first[0]));
}

if (tty) {
  const onTty = (c) => ({ ...c, label: `${c.label} [terminal]`, tty: true });
  const ttyCases = [onTty(startup[0]), onTty(startup[1]), ...startup.filter((c) => c.target === 1.15).map((c) => onTty({ ...c, target: 1.25 }))];
  const ttyResults = measure(ttyCases, Math.max(5, Math.round(rounds / 2)));
  console.log('\n## Start-up on a terminal, with colour (through script(1))\n');
  console.log(table(ttyResults, ttyResults[0]));
}

const xmlSizes = option('--xml-sizes', '10000,100000').split(',').map(Number);
// A 100,000-event schedule.xml is about 55 MB: fewer rounds (and one warm-up) keep the run in minutes.
const xmlRounds = Number(option('--xml-rounds', '3'));
if (scale) {
  console.log('\n## Scale: schedule.xml\n');
  const xmlSummary = [];
  for (const size of xmlSizes) {
    const file = join(work, `schedule-${size}.xml`);
    writeFileSync(file, generateXml(size));
    const floor = { label: `floor: fast-xml-parser parse (${size})`, file: node, argv: [join(root, 'bench', 'xml-floor.cjs'), file] };
    // After its first run the tool keeps the file's parse (src/io/parsed.ts) and does not read it again while it is
    // unchanged: the first rows are those runs. A cache folder that cannot be made gives the first run's cost every time.
    const rows = measure(
      [
        floor,
        x(`now --data schedule.xml (${size})`, ['now', '--data', file, '--at', '2014-12-28 14:00'], 3),
        x(`schedule --json --data schedule.xml (${size})`, ['schedule', '--json', '--data', file], 3),
        x(`first run, nothing kept: now --data schedule.xml (${size})`, ['now', '--data', file, '--at', '2014-12-28 14:00'], 3, { env: noCache }),
      ],
      xmlRounds,
      1,
    );
    console.log(table(rows, rows[0]));
    console.log('');
    xmlSummary.push({ size, now: rows[1].ms, floor: rows[0].ms });
  }
  if (xmlSummary.length > 1) {
    const [a, b] = [xmlSummary[0], xmlSummary[xmlSummary.length - 1]];
    const per = (key) => (((b[key] - a[key]) / (b.size - a.size)) * 1000).toFixed(2);
    console.log(`Growth from ${a.size} to ${b.size} events, ms per 1,000 events: now --data ${per('now')}, floor ${per('floor')}.\n`);
  }
  console.log('\n## Scale\n');
  console.log('Against the floor of the same file: bare Node reading it, JSON.parse and JSON.stringify.\n');
  const commands = [
    ['schedule --json', ['schedule', '--json'], 1.7],
    ['schedule', ['schedule'], 3],
    ['now', ['now', '--at', '2007-04-18 10:45'], 3],
    ['search', ['search', 'session 9'], 3],
    ['info', ['info'], 3],
    ['export ics', ['export', '--format', 'ics'], 3],
    ['export csv', ['export', '--format', 'csv'], 3],
    ['export json', ['export', '--format', 'json'], 3],
    ['export xml', ['export', '--format', 'xml'], 3],
  ];
  const files = [...sizes.map((size) => ({ size, oneDay: false })), { size: Math.max(...sizes), oneDay: true }];
  // The rows of every file on the line in one interleaved run: measured a file at a time, a machine that
  // slows or speeds up over the minutes of the run would bend the line through the sizes as much as the tool could.
  const blocks = files.map(({ size, oneDay }) => {
    const name = `${size}${oneDay ? ' in one day' : ''}`;
    const file = join(work, `summit-${size}${oneDay ? '-day' : ''}.json`);
    writeFileSync(file, JSON.stringify(generate(size, { oneDay })));
    const floor = { label: `floor (${name})`, file: node, argv: [join(root, 'bench', 'floor.cjs'), file] };
    return { size, oneDay, cases: [floor, ...commands.map(([label, argv, target]) => x(`${label} (${name})`, [...argv, '--data', file], target))] };
  });
  // The files of the line in one interleaved run; the one-day file, which is on no line, in fewer rounds after.
  const scaleResults = [
    ...measure(blocks.filter((b) => !b.oneDay).flatMap((b) => b.cases), scaleRounds),
    ...measure(blocks.filter((b) => b.oneDay).flatMap((b) => b.cases), dayRounds),
  ];
  const summary = new Map();
  let at = 0;
  for (const { size, oneDay, cases } of blocks) {
    const rows = scaleResults.slice(at, (at += cases.length));
    console.log(table(rows, rows[0]));
    console.log('');
    if (!oneDay) {
      summary.set(`floor ${size}`, rows[0].ms);
      commands.forEach(([label], i) => summary.set(`${label} ${size}`, rows[i + 1].ms));
    }
  }
  if (sizes.length > 2) {
    const [first, middle, last] = [sizes[0], sizes[1], sizes[sizes.length - 1]];
    console.log(`Linear check: each command at ${middle} sessions against the straight line through ${first} and ${last} (within 15%).\n`);
    for (const label of [...commands.map(([label]) => label), 'floor']) {
      const a = summary.get(`${label} ${first}`);
      const b = summary.get(`${label} ${last}`);
      const predicted = a + ((b - a) * (middle - first)) / (last - first);
      const measured = summary.get(`${label} ${middle}`);
      const off = (measured - predicted) / predicted;
      const verdict = label === 'floor' ? '(the floor itself, for comparison)' : Math.abs(off) <= 0.15 ? 'linear' : 'NOT within 15%';
      console.log(`- ${label}: ${measured.toFixed(1)} ms measured, ${predicted.toFixed(1)} ms on the line (${(off * 100).toFixed(1)}%) ${verdict}`);
    }
  }
}
rmSync(work, { recursive: true, force: true });
