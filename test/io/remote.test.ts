/** --data URL against a local server on 127.0.0.1: first fetch, the refresh interval, revalidation, every failure, proxies. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cli, tempFolder } from '../run';
import { startProxy, startServer, type TestServer } from '../server';
import { MAX_BYTES } from '../../src/io/http';
import { cacheFolder, entryFile, readEntry, writeEntry } from '../../src/io/cache';
import { VERSION } from '../../src/version';

/** The downloaded schedules kept in a cache folder: its files (parsed/, zones/ and v8/ are folders of other caches). */
const entries = (folder: string): string[] => (existsSync(folder) ? readdirSync(folder).filter((f) => statSync(join(folder, f)).isFile()) : []);

const SUMMIT = readFileSync(join(__dirname, '..', '..', 'data', 'summit.json'), 'utf8');
/** The summit with one session renamed: a second version of the schedule. */
const RENAMED = (() => {
  const d = JSON.parse(SUMMIT);
  d.sessions[1].title = 'Xen Core, renamed';
  return JSON.stringify(d);
})();

const T0 = '2026-12-01T12:00:00Z';
const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

const tmp = tempFolder('remote');
let n = 0;
/** A cache folder of its own for each test. */
const freshCache = () => ({ XENSUMMIT_CACHE_DIR: join(tmp, `cache-${++n}`) });

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

/** Serves `body` with an ETag and/or a Last-Modified, answering 304 to a matching conditional request. */
function serve(body: string, validators: { etag?: string; lastModified?: string } = {}) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (validators.etag !== undefined) headers.etag = validators.etag;
    if (validators.lastModified !== undefined) headers['last-modified'] = validators.lastModified;
    const matches =
      (validators.etag !== undefined && req.headers['if-none-match'] === validators.etag) ||
      (validators.lastModified !== undefined && req.headers['if-modified-since'] === validators.lastModified);
    res.writeHead(matches ? 304 : 200, headers);
    res.end(matches ? undefined : body);
  };
}

/** The title of session tue-1a as `schedule --json` shows it. */
function titleOf(stdout: string): string {
  return JSON.parse(stdout).find((s: { id: string }) => s.id === 'tue-1a').title;
}

const schedule = (url: string, env: Record<string, string>, now = T0, ...more: string[]) => cli(['schedule', '--json', '--data', url, ...more], { now, env });

describe('--data URL', () => {
  it('fetches on first use, with a User-Agent naming the tool, and keeps the copy', async () => {
    server.handle = serve(SUMMIT, { etag: '"v1"' });
    const env = freshCache();
    const r = await schedule(`${server.origin}/schedule.json`, env);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(titleOf(r.stdout)).toBe('Xen Core');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].headers['user-agent']).toBe(`xensummit/${VERSION}`);
    expect(server.requests[0].headers['if-none-match']).toBeUndefined();
    expect(entries(env.XENSUMMIT_CACHE_DIR)).toHaveLength(1);
  });

  it('makes no request inside the refresh interval, then revalidates with the ETag: a 304 keeps the copy', async () => {
    server.handle = serve(SUMMIT, { etag: '"v1"' });
    const env = freshCache();
    const url = `${server.origin}/etag.json`;
    await schedule(url, env);
    const inside = await schedule(url, env, later(14));
    expect([inside.status, inside.stderr, titleOf(inside.stdout)]).toEqual([0, '', 'Xen Core']);
    expect(server.requests).toHaveLength(1);
    const after = await schedule(url, env, later(16));
    expect([after.status, after.stderr, titleOf(after.stdout)]).toEqual([0, '', 'Xen Core']);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].headers['if-none-match']).toBe('"v1"');
    // The 304 counts as a check: the interval starts again from it.
    await schedule(url, env, later(30));
    expect(server.requests).toHaveLength(2);
  });

  it('revalidates with Last-Modified when the server gives no ETag', async () => {
    const lastModified = 'Tue, 01 Dec 2026 10:00:00 GMT';
    server.handle = serve(SUMMIT, { lastModified });
    const env = freshCache();
    const url = `${server.origin}/last-modified.json`;
    await schedule(url, env);
    const r = await schedule(url, env, later(20));
    expect([r.status, r.stderr, titleOf(r.stdout)]).toEqual([0, '', 'Xen Core']);
    expect(server.requests.map((q) => [q.headers['if-modified-since'], q.headers['if-none-match']])).toEqual([
      [undefined, undefined],
      [lastModified, undefined],
    ]);
  });

  it('--refresh asks inside the interval; --offline never asks', async () => {
    server.handle = serve(SUMMIT, { etag: '"v1"' });
    const env = freshCache();
    const url = `${server.origin}/modes.json`;
    await schedule(url, env);
    await schedule(url, env, later(1), '--refresh');
    expect(server.requests).toHaveLength(2);
    const offline = await schedule(url, env, later(600), '--offline');
    expect([offline.status, offline.stderr, titleOf(offline.stdout)]).toEqual([0, '', 'Xen Core']);
    expect(server.requests).toHaveLength(2);
  });

  it('--offline with nothing cached: one line, exit 1, no request', async () => {
    const r = await schedule(`${server.origin}/never.json`, freshCache(), T0, '--offline');
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `xensummit: no copy of ${server.origin}/never.json is cached, and --offline fetches none\n`]);
    expect(server.requests).toHaveLength(0);
  });

  it('a URL that is not http or https is a usage error, not a missing file', async () => {
    const r = await cli(['schedule', '--data', 'ftp://127.0.0.1/schedule.json'], { env: freshCache() });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^xensummit: --data ftp:\/\/127\.0\.0\.1\/schedule\.json: only http and https URLs are fetched, not ftp; see/);
    const c = await cli(['changes', 'file:///tmp/a.json', 'b.json']);
    expect(c.stderr).toMatch(/^xensummit: changes file:\/\/\/tmp\/a\.json: only http and https URLs are fetched, not file; see/);
  });

  it('--refresh and --offline together are a usage error', async () => {
    const r = await schedule(`${server.origin}/x.json`, freshCache(), T0, '--refresh', '--offline');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^xensummit: --refresh fetches now and --offline never does: give one of them; see/);
    expect(server.requests).toHaveLength(0);
  });

  it('a changed schedule replaces the copy; now and schedule say so once on stderr', async () => {
    server.handle = serve(SUMMIT, { etag: '"v1"' });
    const env = freshCache();
    const url = `${server.origin}/changing.json`;
    await schedule(url, env);
    server.handle = serve(RENAMED, { etag: '"v2"' });
    const changed = await schedule(url, env, later(20));
    expect([changed.status, titleOf(changed.stdout)]).toEqual([0, 'Xen Core, renamed']);
    expect(changed.stderr).toBe('xensummit: the schedule changed: 1 session (xensummit changes)\n');
    const again = await cli(['now', '--data', url, '--at', 'tues 10:45'], { now: later(21), env });
    expect([again.status, again.stderr]).toEqual([0, '']);
  });

  it('a refresh by a command that does not announce leaves the note for the next one that does', async () => {
    server.handle = serve(SUMMIT, { etag: '"v1"' });
    const env = freshCache();
    const url = `${server.origin}/quiet.json`;
    await schedule(url, env);
    server.handle = serve(RENAMED, { etag: '"v2"' });
    const info = await cli(['info', '--data', url], { now: later(20), env });
    expect([info.status, info.stderr]).toEqual([0, '']);
    const now = await cli(['now', '--data', url, '--at', 'tues 10:45'], { now: later(21), env });
    expect(now.stderr).toBe('xensummit: the schedule changed: 1 session (xensummit changes)\n');
  });

  it('follows up to 5 redirects', async () => {
    server.handle = (req, res) => {
      const hop = Number(/\/hop(\d+)/.exec(req.url!)?.[1] ?? NaN);
      if (hop < 5) res.writeHead(302, { location: `/hop${hop + 1}` }).end();
      else serve(SUMMIT)(req, res);
    };
    const r = await schedule(`${server.origin}/hop0`, freshCache());
    expect([r.status, r.stderr, titleOf(r.stdout)]).toEqual([0, '', 'Xen Core']);
    expect(server.requests).toHaveLength(6);
  });
});

describe('two runs refreshing the same URL at once', () => {
  it('keeps the version another run kept while this one downloaded as the one it replaces', async () => {
    const url = `${server.origin}/race.json`;
    const env = freshCache();
    server.handle = serve(SUMMIT, { etag: '"v1"' });
    expect((await schedule(url, env)).status).toBe(0);
    const file = entryFile(env.XENSUMMIT_CACHE_DIR, url);
    const third = (() => {
      const d = JSON.parse(SUMMIT);
      d.sessions[1].title = 'Xen Core, third';
      return JSON.stringify(d);
    })();
    // While this run waits for the server, another one keeps the second version.
    server.handle = (req, res) => {
      const first = readEntry(file, url);
      if (first.kind !== 'ok') throw new Error('no entry');
      const other = later(90);
      writeEntry(file, env.XENSUMMIT_CACHE_DIR, { ...first.entry, body: RENAMED, etag: '"v2"', fetchedAt: other, checkedAt: other, previous: { body: SUMMIT, fetchedAt: first.entry.fetchedAt }, unannounced: true });
      serve(third, { etag: '"v3"' })(req, res);
    };
    const r = await schedule(url, env, later(120), '--refresh');
    expect([r.status, titleOf(r.stdout)]).toEqual([0, 'Xen Core, third']);
    const kept = readEntry(file, url);
    expect(kept.kind === 'ok' && [kept.entry.etag, titleOf(JSON.stringify(JSON.parse(kept.entry.previous!.body).sessions)), kept.entry.previous!.fetchedAt]).toEqual(['"v3"', 'Xen Core, renamed', later(90)]);
  });
});

describe('a failed download falls back to the cached copy with a note of its age, or fails in one line', () => {
  /** What fails, the reason the note gives, and the environment it needs (always given: jest reads a missing last argument as done). */
  const failures: [string, TestServer['handle'], string, Record<string, string>][] = [
    ['a 500', (_, res) => res.writeHead(500).end('oops'), 'the server answered 500 Internal Server Error', {}],
    ['a 404', (_, res) => res.writeHead(404).end(), 'the server answered 404 Not Found', {}],
    ['a timeout', () => {}, 'no answer within 0.2 s', { XENSUMMIT_TIMEOUT: '0.2' }],
    ['a redirect loop', (_, res) => res.writeHead(301, { location: '/loop' }).end(), 'more than 5 redirects', {}],
    [
      'a body declared over the limit',
      (_, res) => res.writeHead(200, { 'content-length': String(MAX_BYTES + 1) }).end(),
      'the schedule is larger than the 20.0 MB limit',
      {},
    ],
    [
      'a body streamed past the limit',
      (_, res) => {
        const chunk = Buffer.alloc(1024 * 1024, 32);
        res.writeHead(200);
        const write = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', write);
        };
        res.on('close', () => {});
        write();
      },
      'the schedule is larger than the 20.0 MB limit',
      {},
    ],
    [
      'a truncated body',
      (_, res) => {
        res.writeHead(200, { 'content-length': '100000' });
        res.write(SUMMIT.slice(0, 200));
        setImmediate(() => res.destroy());
      },
      'the connection closed before the whole answer came',
      {},
    ],
    ['a body that is not a schedule', serve('<html>maintenance</html>'), 'the download is not a schedule: XML, but not a schedule.xml (its root element is not <schedule>)', {}],
  ];

  it.each(failures)('%s, with a copy cached: the copy, and one line naming its age', async (_, handle, reason, extraEnv) => {
    server.handle = serve(SUMMIT, { etag: '"v1"' });
    const env = { ...freshCache(), ...extraEnv };
    const url = `${server.origin}/fallback.json`;
    await schedule(url, env);
    const [entry] = entries(env.XENSUMMIT_CACHE_DIR);
    const kept = readFileSync(join(env.XENSUMMIT_CACHE_DIR, entry), 'utf8');
    server.handle = handle;
    const r = await schedule(url, env, later(3 * 60 + 20));
    expect(r.status).toBe(0);
    expect(titleOf(r.stdout)).toBe('Xen Core');
    expect(r.stderr).toContain(`xensummit: warning: cannot fetch ${url}: ${reason}`);
    expect(r.stderr).toMatch(/; using the cached copy, last checked 3 h 20 min ago\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    // The good copy is as it was.
    expect(readFileSync(join(env.XENSUMMIT_CACHE_DIR, entry), 'utf8')).toBe(kept);
    expect(entries(env.XENSUMMIT_CACHE_DIR)).toEqual([entry]);
  });

  it.each(failures)('%s, with nothing cached: one line, exit 1, nothing cached', async (_, handle, reason, extraEnv) => {
    server.handle = handle;
    const env = { ...freshCache(), ...extraEnv };
    const url = `${server.origin}/nothing.json`;
    const r = await schedule(url, env);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr.startsWith(reason.startsWith('the download') ? `xensummit: ${url}: ${reason}` : `xensummit: cannot fetch ${url}: ${reason}`)).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(entries(env.XENSUMMIT_CACHE_DIR)).toEqual([]);
  });

  it('no server at all: one line, exit 1', async () => {
    const gone = await startServer();
    const url = `${gone.origin}/schedule.json`;
    await gone.close();
    const r = await schedule(url, freshCache());
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `xensummit: cannot fetch ${url}: connection refused\n`]);
  });

  it('no network (the name cannot be looked up): the copy with its note, or one line', async () => {
    const offline = (() => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'EAI_AGAIN' } }))) as typeof fetch;
    const url = 'https://conference.example/schedule.json';
    const none = await cli(['schedule', '--data', url], { env: freshCache(), fetch: offline });
    expect([none.status, none.stdout, none.stderr]).toEqual([1, '', `xensummit: cannot fetch ${url}: the host name cannot be looked up (no network?)\n`]);
    const env = freshCache();
    const online = (async () => new Response(SUMMIT, { status: 200 })) as typeof fetch;
    await cli(['schedule', '--data', url], { env, fetch: online, now: T0 });
    const r = await cli(['schedule', '--json', '--data', url], { env, fetch: offline, now: later(2 * 24 * 60 + 5) });
    expect([r.status, titleOf(r.stdout)]).toEqual([0, 'Xen Core']);
    expect(r.stderr).toBe(`xensummit: warning: cannot fetch ${url}: the host name cannot be looked up (no network?); using the cached copy, last checked 2 days ago\n`);
  });

  it('a bad XENSUMMIT_TIMEOUT is a usage error', async () => {
    const r = await schedule(`${server.origin}/x.json`, { ...freshCache(), XENSUMMIT_TIMEOUT: 'soon' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^xensummit: invalid XENSUMMIT_TIMEOUT "soon": use a number of seconds, such as 10 or 2.5;/);
  });

  it('a damaged cache entry is set aside, not overwritten, and the schedule fetched again', async () => {
    server.handle = serve(SUMMIT);
    const env = freshCache();
    const url = `${server.origin}/damaged.json`;
    await schedule(url, env);
    const [entry] = entries(env.XENSUMMIT_CACHE_DIR);
    writeFileSync(join(env.XENSUMMIT_CACHE_DIR, entry), '{"format": 1, "body": ');
    const r = await schedule(url, env, later(1));
    expect([r.status, titleOf(r.stdout)]).toEqual([0, 'Xen Core']);
    const aside = join(env.XENSUMMIT_CACHE_DIR, `${entry}.damaged`);
    expect(r.stderr).toBe(`xensummit: warning: the cached copy of ${url} is damaged (not a cache entry of this tool); set aside as ${aside}\n`);
    expect(readFileSync(aside, 'utf8')).toBe('{"format": 1, "body": ');
    expect(server.requests).toHaveLength(2);
  });
});

describe('the cache folder', () => {
  it('is XENSUMMIT_CACHE_DIR, else $XDG_CACHE_HOME/xensummit (when absolute), else ~/.cache/xensummit', () => {
    expect(cacheFolder({ XENSUMMIT_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/c');
    expect(cacheFolder({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'xensummit'));
    expect(cacheFolder({ XDG_CACHE_HOME: 'relative', HOME: '/h' })).toBe(join('/h', '.cache', 'xensummit'));
    expect(cacheFolder({ HOME: '/h' })).toBe(join('/h', '.cache', 'xensummit'));
  });

  it('is used under XDG_CACHE_HOME when nothing else is set', async () => {
    server.handle = serve(SUMMIT);
    const xdg = join(tmp, 'xdg');
    const r = await schedule(`${server.origin}/xdg.json`, { XDG_CACHE_HOME: xdg, HOME: join(tmp, 'home') });
    expect(r.status).toBe(0);
    expect(entries(join(xdg, 'xensummit'))).toHaveLength(1);
    expect(existsSync(join(tmp, 'home'))).toBe(false);
  });

  it('that cannot be written: the schedule is shown, and one warning says it is not kept', async () => {
    server.handle = serve(SUMMIT);
    const notAFolder = join(tmp, 'a-file');
    writeFileSync(notAFolder, 'x');
    const r = await schedule(`${server.origin}/unkept.json`, { XENSUMMIT_CACHE_DIR: notAFolder });
    expect([r.status, titleOf(r.stdout)]).toEqual([0, 'Xen Core']);
    expect(r.stderr).toMatch(/^xensummit: warning: the download is not kept for offline use: cannot write .*unkept\.json.*: a part of the path is not a folder\n$/);
  });
});

describe('proxies, as curl reads the variables', () => {
  it('HTTP_PROXY carries the request; NO_PROXY names a host that goes direct', async () => {
    const proxy = await startProxy();
    try {
      server.handle = serve(SUMMIT);
      const url = `${server.origin}/proxied.json`;
      const via = await schedule(url, { ...freshCache(), HTTP_PROXY: proxy.origin });
      expect([via.status, via.stderr, titleOf(via.stdout)]).toEqual([0, '', 'Xen Core']);
      expect(proxy.count).toBe(1);
      expect(server.requests).toHaveLength(1);
      const direct = await schedule(url, { ...freshCache(), http_proxy: proxy.origin, NO_PROXY: 'localhost,127.0.0.1' });
      expect([direct.status, direct.stderr]).toEqual([0, '']);
      expect(proxy.count).toBe(1);
      expect(server.requests).toHaveLength(2);
    } finally {
      await proxy.close();
    }
  });

  it('a proxy that is down is a failed fetch like any other', async () => {
    const proxy = await startProxy();
    await proxy.close();
    server.handle = serve(SUMMIT);
    const r = await schedule(`${server.origin}/p.json`, { ...freshCache(), HTTPS_PROXY: proxy.origin, HTTP_PROXY: proxy.origin });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^xensummit: cannot fetch http:\/\/127\.0\.0\.1:\d+\/p\.json: .+\n$/);
    expect(server.requests).toHaveLength(0);
  });
});
