/**
 * `xensummit __complete WORD...`: the hidden command the completion scripts call at each TAB. Not in
 * the tables (help and the man page do not list it); answered on the fast path, without commander.
 */
import { complete } from '../core/complete';
import { completionValues } from '../io/completion-values';
import { DEFAULT_COMMAND, SPECS } from './specs';

export { COMPLETE } from '../fast-args';

/** "words" or "files" on the first line, then one candidate a line. */
export function answerComplete(words: readonly string[]): string {
  const result = complete({ specs: SPECS, defaultCommand: DEFAULT_COMMAND, words, values: completionValues });
  return [result.kind, ...result.words].map((line) => `${line}\n`).join('');
}
