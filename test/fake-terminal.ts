/**
 * A terminal for run(io) tests: a literal clock that moves only when told (or, in `auto` mode, jumps
 * straight to each timer, so a board that ends by itself ends at once), keys, resizes and signals sent
 * by the test, and everything written kept.
 */
import type { Terminal } from '../src/live/terminal';

type Listener<T> = (value: T) => void;

export interface FakeOptions {
  /** The real clock's start, ISO. */
  now: string;
  columns?: number;
  rows?: number;
  /** Jump to each timer as soon as it is set. */
  auto?: boolean;
  /** Where writes go besides `written` (the captured stdout). */
  sink?: (text: string) => void;
}

/** Lets promise callbacks and setImmediate work run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakeTerminal implements Terminal {
  written = '';
  raw = false;
  columns: number;
  rows: number;
  private time: number;
  private timers: { at: number; callback: () => void }[] = [];
  private readonly listeners = { key: new Set<Listener<string>>(), resize: new Set<Listener<void>>(), signal: new Set<Listener<'SIGINT' | 'SIGTERM'>>() };

  constructor(private readonly options: FakeOptions) {
    this.time = new Date(options.now).getTime();
    this.columns = options.columns ?? 80;
    this.rows = options.rows ?? 24;
  }

  size() {
    return { columns: this.columns, rows: this.rows };
  }
  write(text: string) {
    this.written += text;
    this.options.sink?.(text);
  }
  rawMode(on: boolean) {
    this.raw = on;
  }
  onKey(listener: Listener<string>) {
    return this.listen('key', listener);
  }
  onResize(listener: () => void) {
    return this.listen('resize', listener);
  }
  onSignal(listener: Listener<'SIGINT' | 'SIGTERM'>) {
    return this.listen('signal', listener);
  }
  now() {
    return this.time;
  }
  after(ms: number, callback: () => void) {
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    if (this.options.auto) setImmediate(() => this.fire(timer));
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Listeners still attached, of every kind, and timers still set: 0 once a board has given everything back. */
  get attached(): number {
    return this.listeners.key.size + this.listeners.resize.size + this.listeners.signal.size + this.timers.length;
  }

  /** Moves the clock on by `ms`, firing the timers that fall due, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.fire(due);
      await settle();
    }
    this.time = end;
    await settle();
  }

  async key(text: string): Promise<void> {
    for (const l of [...this.listeners.key]) l(text);
    await settle();
  }
  async resize(columns: number, rows: number): Promise<void> {
    this.columns = columns;
    this.rows = rows;
    for (const l of [...this.listeners.resize]) l();
    await settle();
  }
  async signal(name: 'SIGINT' | 'SIGTERM'): Promise<void> {
    for (const l of [...this.listeners.signal]) l(name);
    await settle();
  }

  private fire(timer: { at: number; callback: () => void }): void {
    if (!this.timers.includes(timer)) return;
    this.timers = this.timers.filter((t) => t !== timer);
    this.time = Math.max(this.time, timer.at);
    timer.callback();
  }

  private listen<K extends keyof FakeTerminal['listeners']>(kind: K, listener: Parameters<FakeTerminal['listeners'][K]['add']>[0]): () => void {
    const set = this.listeners[kind] as Set<typeof listener>;
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }
}
