/**
 * The full-screen board: the alternate screen, a frame on every summit minute and at once on a resize,
 * until `q`, Ctrl-C or a signal. Whatever ends it (an error too), the terminal is given back as it was.
 */
import { nextMinute } from '../core/board';
import { CLEAR_BELOW, CLEAR_LINE, ENTER, HOME, LEAVE, SIGINT_STATUS, type SummitClock, type Terminal } from './terminal';

export interface ScreenOptions {
  terminal: Terminal;
  clock: SummitClock;
  /** The frame at an instant for a size (src/render/board.ts). */
  frame: (at: Date, size: { columns: number; rows: number }) => string;
}

/** The frame's lines from the top, each over a cleared line, and nothing below them. */
export function screenText(frame: string): string {
  const lines = frame.replace(/\n$/, '').split('\n');
  return `${HOME}${lines.map((line) => `${CLEAR_LINE}${line}`).join('\r\n')}${CLEAR_BELOW}`;
}

/** Runs the board; resolves with the exit status (0 for q and SIGTERM, 130 for Ctrl-C and SIGINT), rejects with an error after restoring. */
export function runScreen({ terminal, clock, frame }: ScreenOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const stops: (() => void)[] = [];
    let done = false;
    const end = (status: number, error?: unknown) => {
      if (done) return;
      done = true;
      for (const stop of stops) stop();
      try {
        terminal.rawMode(false);
      } finally {
        terminal.write(LEAVE);
      }
      if (error === undefined) resolve(status);
      else reject(error);
    };
    const guarded = (f: () => void) => () => {
      try {
        if (!done) f();
      } catch (error) {
        end(1, error);
      }
    };
    const draw = guarded(() => terminal.write(screenText(frame(clock.now(), terminal.size()))));
    let cancel = () => {};
    const tick = guarded(() => {
      draw();
      cancel = terminal.after(clock.until(nextMinute(clock.now())), tick);
    });
    stops.push(() => cancel());
    try {
      terminal.write(ENTER);
      terminal.rawMode(true);
      stops.push(
        terminal.onKey((key) => {
          if (key.includes('\x03')) end(SIGINT_STATUS);
          else if (/q/i.test(key)) end(0);
        }),
        terminal.onResize(draw),
        terminal.onSignal((signal) => end(signal === 'SIGINT' ? SIGINT_STATUS : 0)),
      );
    } catch (error) {
      end(1, error);
      return;
    }
    tick();
  });
}
