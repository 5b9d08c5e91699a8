/** Conflicts: sessions of one person's agenda that overlap in time. Pure. */
import type { Session } from '../types';

/** True when the two sessions share some time: each is on from its start up to, not including, its "until". */
export function overlap(a: Session, b: Session): boolean {
  return a.startsAt.getTime() < b.until.getTime() && b.startsAt.getTime() < a.until.getTime();
}

/**
 * For each session of `sessions` (time order) that overlaps another of them, the others it overlaps,
 * in time order. A sweep over the sessions by start: sessions far apart are never compared.
 */
export function conflicts(sessions: readonly Session[]): Map<string, Session[]> {
  const byStart = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const out = new Map<string, Session[]>();
  const add = (a: Session, b: Session) => {
    const list = out.get(a.id);
    if (list === undefined) out.set(a.id, [b]);
    else list.push(b);
  };
  let open: Session[] = [];
  for (const s of byStart) {
    open = open.filter((o) => o.until.getTime() > s.startsAt.getTime());
    for (const o of open) {
      if (!overlap(o, s)) continue;
      add(o, s);
      add(s, o);
    }
    open.push(s);
  }
  for (const list of out.values()) list.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return out;
}
