/**
 * The board under a real pseudo-terminal (tmux, on a server of its own): it draws both rooms, moves into
 * Session 2 at 10:30 in a 60x rehearsal, redraws when the window is resized, and q (or Ctrl-C) leaves the
 * alternate screen with the cursor shown again. Skipped, with a message, where tmux is not installed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(__dirname, '..', 'bin', 'xensummit');
const SOCKET = `xensummit-test-${process.pid}`;
const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
if (!hasTmux) console.warn('test/board-tty.test.ts: tmux is not installed; the board is not tested under a real terminal');
const describeTmux = hasTmux ? describe : describe.skip;

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const screen = (pane: string) => tmux('capture-pane', '-p', '-t', pane);
/** "1 0": the pane is on the alternate screen, the cursor hidden. */
const modes = (pane: string) => tmux('display-message', '-p', '-t', pane, '#{alternate_on} #{cursor_flag}').trim();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the pane shows `text` (at most `seconds`), and returns what it shows. */
async function waitFor(pane: string, text: string | RegExp, seconds = 15): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const shown = screen(pane);
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > deadline) throw new Error(`the pane never showed ${String(text)}; it shows:\n${shown}`);
    await sleep(100);
  }
}

function startBoard(name: string): string {
  const command = `${process.execPath} ${BIN} board --at 'tues 10:20' --speed 60; echo "board exited $?"; sleep 60`;
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', `env -u NO_COLOR -u COLUMNS -u LINES TERM=xterm-256color ${command}`);
  return name;
}

describeTmux('board in tmux', () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('80x24: both rooms, Session 2 at 10:30, a resize, then q restores the terminal', async () => {
    const pane = startBoard('board');
    let shown = await waitFor(pane, 'Track B · Meeting Room #2');
    expect(shown).toContain('Track A · Yorktown Auditorium');
    expect(shown).toMatch(/Tue 17 Apr 2007 · 10:2\d EDT/);
    expect(modes(pane)).toBe('1 0');

    shown = await waitFor(pane, '10:30 EDT');
    expect(shown).toMatch(/NOW · began just now +NOW · began just now/);
    expect(shown).toMatch(/Session 2: I\/O Virtualization +Session 2: Misc I/);
    expect(shown.split('\n')[0]).toHaveLength(80);

    tmux('resize-window', '-t', pane, '-x', '120', '-y', '30');
    shown = await waitFor(pane, (/^Xen Summit · IBM TJ Watson {67}Tue 17 Apr 2007 · 10:\d\d EDT$/m));
    expect(shown.split('\n')[29]).toMatch(/^q quit/);

    tmux('send-keys', '-t', pane, 'q');
    shown = await waitFor(pane, 'board exited 0');
    expect(shown).not.toContain('Track A');
    expect(modes(pane)).toBe('0 1');
  }, 40_000);

  it('Ctrl-C restores the terminal and exits 130', async () => {
    const pane = startBoard('interrupt');
    await waitFor(pane, 'Track B · Meeting Room #2');
    tmux('send-keys', '-t', pane, 'C-c');
    await waitFor(pane, 'board exited 130');
    expect(modes(pane)).toBe('0 1');
  }, 30_000);
});

describe('board in a pipe', () => {
  it("a reader that stops early ends the log at its next line, quietly (not at the summit's end, 51 s later)", () => {
    const script = `${process.execPath} ${BIN} board --at 'weds 15:00' --speed 600 | head -1; echo "board exited \${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe('Wed 18 Apr 2007 (times in EDT; a rehearsal, the clock running 600× as fast)\nboard exited 0\n');
    expect(r.stderr).toBe('');
  }, 35_000);
});
