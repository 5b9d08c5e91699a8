/**
 * One download over http or https with the limits a user can trust: a time limit for the whole
 * exchange, at most 5 redirects, a size limit (the stream is stopped past it), the proxy variables
 * as curl reads them, and a User-Agent naming the tool. Node's own fetch does the work.
 */
import { DataError } from '../errors';
import { VERSION } from '../version';
import type { Dispatcher } from 'undici';

export const MAX_REDIRECTS = 5;
/** 20 MiB: ten times the largest schedule.xml of a big congress. */
export const MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const USER_AGENT = `xensummit/${VERSION}`;

export interface HttpIo {
  env: Record<string, string | undefined>;
  /** Node's fetch, unless a test hands in another. */
  fetch?: typeof fetch;
  /** Where progress goes, when stderr is a terminal; absent: no progress. */
  progress?: (text: string) => void;
  /** How long a download runs before its progress is shown, ms (default 1000). */
  progressAfterMs?: number;
}

/** What the cache has: sent as If-None-Match and If-Modified-Since. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Download =
  | { status: 'new'; body: string; etag?: string; lastModified?: string }
  | { status: 'not-modified' };

/** A download that did not succeed; `reason` says why in a few words ("the server answered 500"). */
export class FetchError extends DataError {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`cannot fetch ${url}: ${reason}`);
  }
}

/** True for the text of an http or https URL, which --data and `changes` fetch instead of reading a file. */
export function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** The scheme of a URL that is not http or https ("ftp", "file"), which the tool does not fetch. */
export function otherScheme(text: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(text)?.[1];
  return scheme === undefined || isUrl(text) ? undefined : scheme;
}

/** The proxy variables as curl reads them (lower case first); an empty one counts as unset. */
function proxyEnv(env: Record<string, string | undefined>): { httpProxy?: string; httpsProxy?: string; noProxy?: string } {
  const pick = (name: string) => [env[name], env[name.toUpperCase()]].find((v) => v !== undefined && v !== '');
  return { httpProxy: pick('http_proxy'), httpsProxy: pick('https_proxy'), noProxy: pick('no_proxy') };
}

/**
 * undici's EnvHttpProxyAgent, when a proxy is set: the proxy per scheme and NO_PROXY matched as curl
 * does. Node 20's fetch is undici 6 inside but does not expose the class, so it comes from the undici
 * package, loaded only here. Its one "experimental" process warning (undici 6; the class is stable
 * in 7, which needs a later Node 20) is not the user's concern and is not printed.
 */
function proxyDispatcher(env: Record<string, string | undefined>): Dispatcher | undefined {
  const proxies = proxyEnv(env);
  if (proxies.httpProxy === undefined && proxies.httpsProxy === undefined) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EnvHttpProxyAgent } = require('undici') as typeof import('undici');
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const code = (rest[0] as { code?: string } | undefined)?.code;
    if (code !== 'UNDICI-EHPA') (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    // An empty noProxy (not undefined) stops undici from reading process.env itself.
    return new EnvHttpProxyAgent({ httpProxy: proxies.httpProxy ?? '', httpsProxy: proxies.httpsProxy ?? '', noProxy: proxies.noProxy ?? '' });
  } finally {
    process.emitWarning = emitWarning;
  }
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name cannot be looked up (no network?)',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the host is unreachable',
  UND_ERR_SOCKET: 'the connection closed before the whole answer came',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: "the server's certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate cannot be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's certificate is for another name",
};

/** A network error in a few words. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code ?? '';
  if (NETWORK_REASONS[code] !== undefined) return NETWORK_REASONS[code];
  if ((error as Error).message === 'terminated') return NETWORK_REASONS.UND_ERR_SOCKET;
  return (cause?.message ?? (error as Error).message ?? String(error)).split('\n')[0];
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

/** Progress on a terminal once a download has taken more than a moment: one line, rewritten, cleared at the end. */
function progressLine(url: string, io: HttpIo): { bytes(n: number): void; done(): void } {
  if (io.progress === undefined) return { bytes: () => {}, done: () => {} };
  const write = io.progress;
  let received = 0;
  let shown = false;
  const show = () => {
    shown = true;
    write(`\rxensummit: fetching ${url} … ${size(received)}\u001b[K`);
  };
  const timer = setTimeout(show, io.progressAfterMs ?? 1000);
  timer.unref();
  return {
    bytes(n) {
      received = n;
      if (shown) show();
    },
    done() {
      clearTimeout(timer);
      if (shown) write('\r\u001b[K');
    },
  };
}

/** The body, read chunk by chunk and stopped past the size limit. */
async function readBody(response: Response, url: string, abort: () => void, onBytes: (n: number) => void): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = () => new FetchError(url, `the schedule is larger than the ${size(MAX_BYTES)} limit`);
  if (declared > MAX_BYTES) {
    abort();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body !== null) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_BYTES) {
        abort();
        throw tooLarge();
      }
      chunks.push(value);
      onBytes(total);
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Fetches `url`: `new` with the body and its validators, or `not-modified` when the server answers 304
 * to the validators sent. Anything else throws FetchError with the reason.
 */
export async function download(url: string, validators: Validators, io: HttpIo, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Download> {
  const fetcher = io.fetch ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const dispatcher = proxyDispatcher(io.env);
  const progress = progressLine(url, io);
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'application/xml, application/json;q=0.9, */*;q=0.5' };
  if (validators.etag !== undefined) headers['if-none-match'] = validators.etag;
  if (validators.lastModified !== undefined) headers['if-modified-since'] = validators.lastModified;
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      const init = { headers, redirect: 'manual', signal: controller.signal, ...(dispatcher === undefined ? {} : { dispatcher }) } as RequestInit;
      const response = await fetcher(current, init);
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (location === null) throw new FetchError(url, `the server answered ${response.status} with no place to go`);
        if (hops === MAX_REDIRECTS) throw new FetchError(url, `more than ${MAX_REDIRECTS} redirects`);
        current = new URL(location, current).href;
        if (!isUrl(current)) throw new FetchError(url, `redirected to ${current}, which is not http or https`);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(url, `the server answered ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`);
      }
      const body = await readBody(response, url, () => controller.abort(), progress.bytes);
      const etag = response.headers.get('etag') ?? undefined;
      const lastModified = response.headers.get('last-modified') ?? undefined;
      return { status: 'new', body, etag, lastModified };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (timedOut) throw new FetchError(url, `no answer within ${seconds(timeoutMs)}`);
    throw new FetchError(url, networkReason(error));
  } finally {
    clearTimeout(timer);
    progress.done();
    void dispatcher?.destroy();
  }
}
