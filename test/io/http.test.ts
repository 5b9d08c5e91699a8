/** One download's progress line, against a server on 127.0.0.1 that waits for it (no timing in the test). */
import { download } from '../../src/io/http';
import { startServer, type TestServer } from '../server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('progress of a download', () => {
  it('is shown on the terminal once the download has taken its moment, then cleared', async () => {
    let release: () => void = () => {};
    const shown = new Promise<void>((resolve) => (release = resolve));
    server.handle = (_, res) => {
      res.writeHead(200);
      res.write('x'.repeat(3000));
      // The rest comes only once the progress line is there.
      void shown.then(() => res.end('y'.repeat(3000)));
    };
    const lines: string[] = [];
    const url = `${server.origin}/slow.json`;
    const got = await download(url, {}, {
      env: {},
      progressAfterMs: 0,
      progress: (text) => {
        lines.push(text);
        release();
      },
    });
    expect(got).toEqual({ status: 'new', body: 'x'.repeat(3000) + 'y'.repeat(3000), etag: undefined, lastModified: undefined });
    // Shown while the download waits (how much had come by then depends on the moment), updated, then cleared.
    expect(lines[0]).toMatch(new RegExp(`^\\rxensummit: fetching ${url} … [03] kB\u001b\\[K$`));
    expect(lines.slice(-2)).toEqual([`\rxensummit: fetching ${url} … 6 kB\u001b[K`, '\r\u001b[K']);
  });

  it('is not shown for a download done before its moment', async () => {
    server.handle = (_, res) => res.end('{}');
    const lines: string[] = [];
    await download(`${server.origin}/quick.json`, {}, { env: {}, progress: (text) => lines.push(text) });
    expect(lines).toEqual([]);
  });
});
