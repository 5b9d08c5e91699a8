/**
 * Output under stress, in real processes: a pipe closed after one byte, a SIGINT during a long
 * export -o, ten exports to the same file at once. Data from bench/generate.mjs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../run';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'xensummit');
const dir = tempFolder('stress');
const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;
/** How many times the pipe is closed on a 10 MB output: 2 in `npm test` (each takes a second or two of CPU), 20 or more on request. */
const PIPE_RUNS = Number(process.env.XENSUMMIT_STRESS_RUNS ?? 2);

/** 50,000 sessions: schedule --json writes about 10 MB. */
const big = join(dir, 'big.json');
spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '50000', big]);
/** 15,000 sessions: export writes about 4 MB of ICS, long enough to be interrupted while writing. */
const long = join(dir, 'long.json');
const SESSIONS = 15_000;
spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), String(SESSIONS), long]);

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function xs(args: string[], onStart?: (child: ReturnType<typeof spawn>) => void): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    onStart?.(child);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

const temporary = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('output under stress', () => {
  it(`10 MB into a pipe closed after one byte, ${PIPE_RUNS} times at once: exit 0, nothing on stderr`, () => {
    const size = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" schedule --json --data "${big}" | wc -c`], { env, encoding: 'utf8' });
    expect(Number(size.stdout.trim())).toBeGreaterThan(10_000_000);
    // All at once, each in its own pipeline with pipefail, so that the writer's status is the one seen.
    const script = Array.from({ length: PIPE_RUNS }, (_, i) => `( set -o pipefail; "${process.execPath}" "${BIN}" schedule --json --data "${big}" 2>"${dir}/err-${i}" | head -c1 >/dev/null; echo $? >"${dir}/status-${i}" ) &`).join('\n');
    spawnSync('bash', ['-c', `${script}\nwait`], { env });
    const results = Array.from({ length: PIPE_RUNS }, (_, i) => ({ status: readFileSync(join(dir, `status-${i}`), 'utf8').trim(), stderr: readFileSync(join(dir, `err-${i}`), 'utf8') }));
    expect(results).toEqual(Array.from({ length: PIPE_RUNS }, () => ({ status: '0', stderr: '' })));
  }, 300_000);

  it('SIGINT during a long export -o: the old file or a whole new one, and no temporary file', async () => {
    const out = join(dir, 'interrupted');
    spawnSync('mkdir', ['-p', out]);
    const target = join(out, 'summit.ics');
    const outcomes: string[] = [];
    // Interrupt at each stage: while loading, while rendering, and as soon as the temporary file appears.
    for (const when of ['start', 'temp', 'temp']) {
      writeFileSync(target, 'old');
      const ended = await xs(['export', '--data', long, '-o', target], (child) => {
        if (when === 'start') {
          child.kill('SIGINT');
          return;
        }
        const poll = setInterval(() => {
          if (temporary(out).length > 0) {
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 1);
        child.on('close', () => clearInterval(poll));
      });
      const content = readFileSync(target, 'utf8');
      const whole = content.startsWith('BEGIN:VCALENDAR\r\n') && content.endsWith('END:VCALENDAR\r\n') && content.split('BEGIN:VEVENT').length - 1 === SESSIONS;
      expect({ when, state: content === 'old' ? 'old' : whole ? 'whole' : 'torn', temporary: temporary(out) }).toEqual({ when, state: expect.stringMatching(/^(old|whole)$/), temporary: [] });
      // Interrupted, it ends by the signal (as without a handler); or it had already finished.
      expect(ended.signal === 'SIGINT' || ended.code === 0).toBe(true);
      expect(ended.stderr).not.toMatch(/\n\s+at /);
      outcomes.push(content === 'old' ? 'old' : 'whole');
    }
    expect(outcomes[0]).toBe('old');
  }, 120_000);

  it('ten concurrent exports to the same file: one whole export, no temporary file', async () => {
    const out = join(dir, 'concurrent');
    spawnSync('mkdir', ['-p', out]);
    const target = join(out, 'same.ics');
    const ended = await Promise.all(Array.from({ length: 10 }, () => xs(['export', '--day', 'tue', '-o', target])));
    expect(ended.map((e) => e.code)).toEqual(Array(10).fill(0));
    const content = readFileSync(target, 'utf8');
    expect(content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(content.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(content.split('BEGIN:VCALENDAR')).toHaveLength(2);
    expect(content.match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(temporary(out)).toEqual([]);
  }, 60_000);
});
