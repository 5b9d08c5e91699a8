/** Colour is an argument: renderers get a Style and never look at the terminal themselves. */
import type { Zones } from '../core/time';

export type Paint = (text: string) => string;

export interface Style {
  heading: Paint;
  strong: Paint;
  time: Paint;
  track: Paint;
  live: Paint;
  muted: Paint;
  bar: Paint;
}

const same: Paint = (text) => text;

export const plain: Style = { heading: same, strong: same, time: same, track: same, live: same, muted: same, bar: same };

/** Times are shown in `zone`; when it keeps another clock than the venue's, the venue time is shown beside. */
export interface Clock {
  zone: string;
  venueZone: string;
  /** The zone rules the clock reads. */
  zones: Zones;
}

/** Which sessions are starred, and the mark they get (★, or * where the terminal cannot show it). */
export interface Marks {
  starred: ReadonlySet<string>;
  mark: string;
}

/** Everything a renderer needs besides the data: colour, clocks and the width to fit. */
export interface RenderContext {
  style: Style;
  clock: Clock;
  /** Columns available; tables and prose are fitted to it. */
  width: number;
  /** Starred sessions to mark, where the command shows them. */
  marks?: Marks;
}
