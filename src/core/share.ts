/**
 * The share string of `mine --share`: stars carried to a friend as text, no account, no server.
 *
 *   xs1.PAYLOAD.CHECK
 *
 * `xs1` is the version. PAYLOAD is base64url (RFC 4648 §5, no padding) of UTF-8 lines: the
 * conference's acronym, then one starred session id a line (letters, digits, ".", "_", "-"), with "!" after a high-priority one.
 * CHECK is six hex digits of the FNV-1a hash of PAYLOAD, so a truncated or mistyped string is
 * refused instead of read wrong. Pure.
 */
import { UsageError } from '../errors';
import { fnv1a } from './fnv';
import type { Priority } from './mine';

export const SHARE_VERSION = 1;
const MAX_LENGTH = 20_000;

/** The check of a share string: six hex digits of its FNV-1a. */
const checkOf = (text: string): string => fnv1a(text).toString(16).padStart(8, '0').slice(0, 6);

export interface Shared {
  acronym: string;
  stars: Record<string, Priority>;
}

/** A session id as data files spell them (src/io/readers/summit.ts): the only ids a share string carries. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The share string of `stars`; ids no data file could have (from a hand-edited state file) are left out. */
export function encodeShare({ acronym, stars }: Shared): string {
  const entries = Object.entries(stars).filter(([id]) => ID.test(id));
  const lines = [acronym.replace(/\n/g, ' '), ...entries.map(([id, p]) => (p === 'high' ? `${id}!` : id))];
  const payload = Buffer.from(lines.join('\n'), 'utf8').toString('base64url');
  return `xs${SHARE_VERSION}.${payload}.${checkOf(payload)}`;
}

function refuse(why: string): UsageError {
  return new UsageError(`invalid --friend: ${why}`);
}

/** Reads a share string, whatever was pasted: one clear usage error for anything that is not one. */
export function decodeShare(text: string): Shared {
  const value = text.replace(/\s+/g, '');
  if (value.length > MAX_LENGTH) throw refuse('too long to be a share string');
  const version = /^xs(\d{1,4})\./.exec(value)?.[1];
  if (version !== undefined && Number(version) > SHARE_VERSION) {
    throw refuse(`a share string of version ${Number(version)}, from a newer xensummit (this one reads version ${SHARE_VERSION})`);
  }
  const m = /^xs1\.([A-Za-z0-9_-]*)\.([0-9a-f]{6})$/.exec(value);
  if (m === null) throw refuse('not a share string (one looks like xs1.eGVu….1a2b3c; xensummit mine --share prints yours)');
  if (checkOf(m[1]) !== m[2]) throw refuse('the share string is damaged (its check does not match); copy it again, whole');
  const decoded = Buffer.from(m[1], 'base64url').toString('utf8');
  const [acronym, ...ids] = decoded.split('\n');
  // eslint-disable-next-line no-control-regex
  if (decoded.includes('\uFFFD') || /[\u0000-\u0009\u000b-\u001f\u007f]/.test(decoded) || acronym === '' || ids.some((id) => !ID.test(id.replace(/!$/, '')))) {
    throw refuse('the share string is damaged (its contents are not a conference and session ids)');
  }
  const stars: Record<string, Priority> = {};
  for (const id of ids) stars[id.endsWith('!') ? id.slice(0, -1) : id] = id.endsWith('!') ? 'high' : 'normal';
  return { acronym, stars };
}
