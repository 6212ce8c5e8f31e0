import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { distDir } from './paths.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site on localhost (on a free port unless given one), as any static host would. */
export async function serveDist(dir: string = distDir, port = 0): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: true });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface SwappableServer extends StaticServer {
  /** Serves another folder from now on, as a deploy replacing the site would. */
  swap(dir: string): void;
}

/** A static server whose folder can be replaced while it runs (for update tests). */
export async function serveSwappable(dir: string): Promise<SwappableServer> {
  let handler = sirv(dir, { dev: true, etag: true });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    swap: (next) => {
      handler = sirv(next, { dev: true, etag: true });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
