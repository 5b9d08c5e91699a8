/** What the commands that read my state share: the marks for starred sessions, sessions by id, the id lists they check against. */
import { isStarred, visibleSessions, type Mine } from '../core/mine';
import type { Marks, RenderContext } from '../render/style';
import type { Conference, Session } from '../types';
import type { Context } from './context';

export function marksOf(ctx: Context, mine: Mine): Marks {
  return { starred: new Set(Object.keys(mine.stars)), mark: ctx.starMark };
}

/** The render context with my starred sessions marked. */
export function markedRender(ctx: Context, mine: Mine): RenderContext {
  return { ...ctx.render, marks: marksOf(ctx, mine) };
}

export function sessionsById(conference: Conference): Map<string, Session> {
  return new Map(conference.sessions.map((s) => [s.id, s]));
}

export interface MineOptions {
  mine?: boolean;
  all?: boolean;
}

/** now, next and schedule: the hidden sessions left out unless --all; only the starred with --mine. */
export function chosen(sessions: readonly Session[], mine: Mine, options: MineOptions): Session[] {
  return visibleSessions(sessions, mine, { all: options.all === true, onlyMine: options.mine === true });
}

export const NO_STARS = 'No starred sessions yet: star some with xensummit star ID (xensummit schedule --json lists the ids).\n';

export function hasStars(sessions: readonly Session[], mine: Mine): boolean {
  return sessions.some((s) => isStarred(mine, s.id));
}
