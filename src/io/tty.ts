/** The real terminal for the live board: process.stdout and stdin, SIGWINCH, SIGINT and SIGTERM, real timers. */
import type { Terminal } from '../live/terminal';

export function processTerminal(): Terminal {
  const { stdin, stdout } = process;
  return {
    size: () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 }),
    write: (text) => {
      stdout.write(text);
    },
    rawMode: (on) => {
      if (!stdin.isTTY) return;
      stdin.setRawMode(on);
      if (on) stdin.resume();
      else stdin.pause();
    },
    onKey: (listener) => {
      const onData = (chunk: Buffer) => listener(chunk.toString('utf8'));
      stdin.on('data', onData);
      return () => {
        stdin.off('data', onData);
      };
    },
    onResize: (listener) => {
      // Node emits 'resize' on stdout when it gets SIGWINCH (and only when stdout is a terminal).
      stdout.on('resize', listener);
      return () => {
        stdout.off('resize', listener);
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
      stdout.on('error', onError);
      return () => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        stdout.off('error', onError);
      };
    },
    now: () => Date.now(),
    after: (ms, callback) => {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
  };
}
