/** `now` and `next` for people: what is on in each room, time left, what starts next and when. */
import { moment, sessionTimes, inZone } from './clock';
import { chairText, markedLabel, sessionPlace } from './session';
import { finish, show, span } from './text';
import { wrap } from './wrap';
import type { NowResult, Pause } from '../core/agenda';
import type { RenderContext } from './style';
import { eventNoun } from './words';
import type { ConferenceKind, Session } from '../types';

/** A wrapped line goes on two columns further in than the line it continues. */
const HANG = '  ';

function timeLeft(s: Session, at: Date, ctx: RenderContext): string {
  const left = span(at, s.until, ctx.clock);
  return s.endsAt === null ? `no set end: ${left} left in the day` : `${left} left`;
}

function onNow(s: Session, at: Date, ctx: RenderContext): string[] {
  const { style } = ctx;
  return [
    `  ${style.track(sessionPlace(s))}`,
    `    ${style.strong(markedLabel(s, ctx.marks))}`,
    `    ${[...sessionTimes(s, ctx.clock).map(style.time), style.live(timeLeft(s, at, ctx)), chairText(s)].join(' · ')}`,
  ];
}

function upNext(s: Session, ctx: RenderContext): string[] {
  return [`  ${ctx.style.track(sessionPlace(s))}`, `    ${ctx.style.strong(markedLabel(s, ctx.marks))} · ${chairText(s)}`];
}

/** The "Next: …" block, or nothing when no session is left; each line wrapped to the width. */
export function renderNext(next: readonly Session[], at: Date, ctx: RenderContext): string[] {
  if (next.length === 0) return [];
  const start = next[0].startsAt;
  return [
    ctx.style.heading(`Next: ${moment(start, ctx.clock)}, in ${span(at, start, ctx.clock)}`),
    ...next.flatMap((s) => upNext(s, ctx)),
  ].map((line) => wrap(line, ctx.width, HANG));
}

const PAUSES: Record<Pause, string> = {
  between: 'A break between sessions.',
  'day-over': "Today's programme is over.",
  'day-not-begun': "Today's programme has not started yet.",
};

function situation(result: NowResult, ctx: RenderContext, noun: string, data: string | undefined): string[] {
  const { at, phase, opens, closes } = result;
  if (phase === 'before' && opens !== null) {
    return [`The ${noun} has not begun: it opens ${moment(opens, ctx.clock)}, in ${span(at, opens, ctx.clock)}.`];
  }
  if (phase === 'after') {
    if (closes === null || opens === null) return ['There are no sessions in the data.'];
    const open = result.closesOpenEnded ? ' (the end of its last day: the last sessions had no set end)' : '';
    const example = inZone(ctx.clock, new Date(opens.getTime() + 30 * 60_000), ctx.clock.venueZone, 'EEE HH:mm').toLowerCase();
    return [
      `The ${noun} is over: it ended ${moment(closes, ctx.clock)}${open}, ${span(closes, at, ctx.clock)} ago.`,
      `To see a moment of it, pass --at, for example: xensummit now${data === undefined ? '' : ` --data ${shellWord(data)}`} --at "${example}"`,
    ];
  }
  if (phase === 'break' && result.pause !== undefined) return [PAUSES[result.pause]];
  return [];
}

/** With --mine, where none of my sessions is on, or none is left. */
function mineSituation(result: NowResult): string[] {
  if (result.phase === 'after' || result.phase === 'before') return [];
  return [
    ...(result.now.length === 0 ? ['None of my starred sessions is on now.'] : []),
    ...(result.next.length === 0 ? ['None of my starred sessions starts later.'] : []),
  ];
}

/** A file name as a shell word: as it is when that is safe, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w./:@%+=-]+$/.test(word) ? show(word) : `'${show(word).replace(/'/g, "'\\''")}'`;
}

/** How `now` is worded: only my sessions (--mine), the kind of event, the --data given (for the hint). */
export interface NowWording {
  mineOnly?: boolean;
  kind?: ConferenceKind;
  data?: string;
}

/** `now`: the moment, what is in progress in each room, and what starts next. */
export function renderNow(result: NowResult, ctx: RenderContext, wording: NowWording = {}): string {
  // The situation is a paragraph (no hanging indent); the lists below hang.
  const situationLines = [...situation(result, ctx, eventNoun(wording.kind ?? 'summit'), wording.data), ...(wording.mineOnly ? mineSituation(result) : [])];
  const lines = [ctx.style.heading(moment(result.at, ctx.clock)), ...situationLines.map((l) => wrap(l, ctx.width))];
  if (result.now.length > 0) {
    lines.push('', ctx.style.heading('On now'), ...result.now.flatMap((s) => onNow(s, result.at, ctx)));
  }
  const next = renderNext(result.next, result.at, ctx);
  if (next.length > 0) lines.push('', ...next);
  return finish(wrap(lines.join('\n'), ctx.width, HANG));
}
