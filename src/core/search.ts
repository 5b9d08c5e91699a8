/** Pure core of `search`: sessions by title, subtitle, chair or speaker, and changelog items, ignoring case and accents. */
import { fold } from './agenda';
import type { ChangeItem, ChangeList, Session } from '../types';

export interface ChangeHit {
  /** The list's title. */
  list: string;
  /** The texts of the items above the match, outermost first. */
  parents: string[];
  text: string;
}

export interface SearchResult {
  sessions: Session[];
  changes: ChangeHit[];
}

function matchItems(items: readonly ChangeItem[], needle: string, list: string, parents: string[]): ChangeHit[] {
  return items.flatMap((item) => [
    ...(fold(item.text).includes(needle) ? [{ list, parents, text: item.text }] : []),
    ...matchItems(item.items, needle, list, [...parents, item.text]),
  ]);
}

/** Changelog items whose text contains `text`, at any depth. */
export function grepChangelog(lists: readonly ChangeList[], text: string): ChangeHit[] {
  const needle = fold(text);
  return lists.flatMap((l) => matchItems(l.items, needle, l.title, []));
}

/** Keeps the items that match, and the items above them, as a smaller tree. */
export function pruneChangelog(lists: readonly ChangeList[], text: string): ChangeList[] {
  const needle = fold(text);
  const prune = (items: readonly ChangeItem[]): ChangeItem[] =>
    items.flatMap((item) => {
      const below = prune(item.items);
      return fold(item.text).includes(needle) || below.length > 0 ? [{ text: item.text, items: below }] : [];
    });
  return lists.map((l) => ({ title: l.title, items: prune(l.items) })).filter((l) => l.items.length > 0);
}

export function search(sessions: readonly Session[], lists: readonly ChangeList[], text: string): SearchResult {
  const needle = fold(text);
  const has = (field: string | null | undefined) => field !== null && field !== undefined && fold(field).includes(needle);
  // Field by field, no array per session; a missing field matches nothing the title would not (an
  // empty needle is in every title).
  return {
    sessions: sessions.filter((s) => has(s.title) || has(s.chair) || has(s.note) || has(s.subtitle) || (s.speakers !== undefined && s.speakers.some(has))),
    changes: grepChangelog(lists, text),
  };
}
