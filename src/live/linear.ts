/**
 * The board as a log (not a terminal, TERM=dumb, --linear): where each room stands, then one line for
 * each session that begins or ends, until the summit's end (the last session's end, or the end of its
 * day when it has no set end). Ends early on SIGINT (130) or SIGTERM (0).
 */
import { changesBetween, nextChange, type Change } from '../core/board';
import { SIGINT_STATUS, type SummitClock, type Terminal } from './terminal';
import type { Session } from '../types';

export interface LinearOptions {
  terminal: Terminal;
  clock: SummitClock;
  sessions: readonly Session[];
  /** When the log stops: the summit's end. */
  end: Date;
  /** The opening lines at an instant (where each room stands). */
  start: (at: Date) => string[];
  /** The lines for changes that happened (in order), and for the end. */
  changes: (changes: Change[]) => string[];
  over: (at: Date) => string[];
}

export function runLinear(o: LinearOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    let cancel = () => {};
    let done = false;
    const stopSignals = o.terminal.onSignal((signal) => finish(signal === 'SIGINT' ? SIGINT_STATUS : 0));
    function finish(status: number, error?: unknown): void {
      if (done) return;
      done = true;
      cancel();
      stopSignals();
      if (error === undefined) resolve(status);
      else reject(error);
    }
    const write = (lines: string[]) => {
      if (lines.length > 0) o.terminal.write(`${lines.join('\n')}\n`);
    };
    let last = o.clock.now();
    const wait = () => {
      const next = nextChange(o.sessions, last);
      const target = next === null || next > o.end ? o.end : next;
      cancel = o.terminal.after(o.clock.until(target), step);
    };
    function step(): void {
      try {
        const now = o.clock.now();
        write(o.changes(changesBetween(o.sessions, last, now)));
        last = now;
        if (now >= o.end) {
          write(o.over(o.end));
          return finish(0);
        }
        wait();
      } catch (error) {
        finish(1, error);
      }
    }
    try {
      write(o.start(last));
      if (last >= o.end) return finish(0);
      wait();
    } catch (error) {
      finish(1, error);
    }
  });
}
