/** Local HTTP servers on 127.0.0.1 for the network tests: started and stopped by the tests, never the internet. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Every request, as received. */
  requests: IncomingMessage[];
  /** What the server does; change it between runs. */
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function closer(server: Server, sockets: Set<Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

export async function startServer(handle: TestServer['handle'] = (_, res) => res.end()): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    box.requests.push(req);
    box.handle(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const box: TestServer = { origin: await listen(server), requests: [], handle, close: closer(server, sockets) };
  return box;
}

export interface TestProxy {
  origin: string;
  /** The requests that reached the proxy: CONNECT tunnels and plain proxied requests. */
  count: number;
  close(): Promise<void>;
}

/** A forwarding proxy: tunnels CONNECT (as undici asks), and forwards plain absolute-URL requests. */
export async function startProxy(): Promise<TestProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    box.count++;
    const target = new URL(req.url!);
    const upstream = connect(Number(target.port), target.hostname, () => {
      upstream.write(`${req.method} ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\nconnection: close\r\n\r\n`);
      upstream.pipe(res.socket!);
    });
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    box.count++;
    const [host, port] = req.url!.split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const box: TestProxy = { origin: await listen(server), count: 0, close: closer(server, sockets) };
  return box;
}
