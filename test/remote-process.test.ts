/**
 * What only the built binary shows for --data URL: the proxy support (undici, kept out of the bundle)
 * loads from node_modules, and its "experimental" process warning does not reach stderr.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from './run';
import { startProxy, startServer } from './server';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'xensummit');
const tmp = tempFolder('remote-process');

/** The binary run asynchronously, so that the servers in this process can answer it. */
function xs(args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  const base = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY']) delete base[key];
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...base, ...env }, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error === null ? 0 : Number(error.code), stdout, stderr }),
    );
  });
}

it('the built binary fetches --data URL through HTTP_PROXY, with nothing on stderr', async () => {
  const server = await startServer((_, res) => res.end(readFileSync(join(ROOT, 'data', 'summit.json'))));
  const proxy = await startProxy();
  try {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'cache'), HTTP_PROXY: proxy.origin };
    const r = await xs(['now', '--at', 'tues 10:45', '--data', `${server.origin}/schedule.json`], env);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Session 2: I/O Virtualization');
    expect([proxy.count, server.requests.length]).toEqual([1, 1]);
  } finally {
    await proxy.close();
    await server.close();
  }
});
