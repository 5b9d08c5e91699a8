/** The real terminal for the live board: process.stdout and stdin, SIGWINCH, SIGINT and SIGTERM, real timers. */
import type { Terminal } from '../live/terminal';

export function processTerminal(): Terminal {
  // process.stdin and process.stdout are made on first use, each at a cost to every start:
  // they are asked for only when the board runs.
  return {
    size: () => ({ columns: process.stdout.columns || 80, rows: process.stdout.rows || 24 }),
    write: (text) => {
      process.stdout.write(text);
    },
    rawMode: (on) => {
      if (!process.stdin.isTTY) return;
      process.stdin.setRawMode(on);
      if (on) process.stdin.resume();
      else process.stdin.pause();
    },
    onKey: (listener) => {
      const onData = (chunk: Buffer) => listener(chunk.toString('utf8'));
      process.stdin.on('data', onData);
      return () => {
        process.stdin.off('data', onData);
      };
    },
    onResize: (listener) => {
      // Node emits 'resize' on stdout when it gets SIGWINCH (and only when stdout is a terminal).
      process.stdout.on('resize', listener);
      return () => {
        process.stdout.off('resize', listener);
      };
    },
    onSignal: (listener) => {
      const onInt = () => listener('SIGINT');
      const onTerm = () => listener('SIGTERM');
      // A reader that stopped (`board | head -3`) ends the board as quietly as SIGTERM would, instead of it running on unread.
      const onError = (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') listener('SIGTERM');
      };
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
      process.stdout.on('error', onError);
      return () => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        process.stdout.off('error', onError);
      };
    },
    now: () => Date.now(),
    after: (ms, callback) => {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
  };
}
