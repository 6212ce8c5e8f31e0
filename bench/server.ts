import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A static server for the benchmark that compresses like a well-configured host (brotli at
 * quality 11, or gzip at level 9, as precompressed files would be), so Lighthouse's simulated
 * slow 4G sees the bytes a real reader downloads. The tests use tests/helpers/server.ts instead.
 */

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** Types worth compressing; fonts (woff2), images and Pagefind's files are compressed already. */
const compressible = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;

export function gzipSize(data: Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

export function brotliSize(data: Buffer): number {
  return brotli(data).length;
}

function brotli(data: Buffer): Buffer {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}

export function isCompressible(file: string): boolean {
  return compressible.test(types[extname(file)] ?? '');
}

/** The file a site path is served from, or undefined. */
export function fileFor(dir: string, sitePath: string): string | undefined {
  const path = normalize(decodeURIComponent(sitePath.split('?')[0]!.split('#')[0]!));
  const candidates = path.endsWith('/') ? [join(dir, path, 'index.html')] : [join(dir, path), join(dir, path, 'index.html')];
  return candidates.find((file) => file.startsWith(dir) && existsSync(file) && statSync(file).isFile());
}

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

export async function serveCompressed(dir: string, port = 0): Promise<BenchServer> {
  const cache = new Map<string, { br: Buffer; gzip: Buffer }>();
  const server = createServer((request, response) => {
    const file = fileFor(dir, request.url ?? '/') ?? join(dir, '404.html');
    const status = file.endsWith('404.html') && !request.url?.includes('404') ? 404 : 200;
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    const accepts = String(request.headers['accept-encoding'] ?? '');
    if (isCompressible(file) && /\b(br|gzip)\b/.test(accepts)) {
      let compressed = cache.get(file);
      if (!compressed) {
        compressed = { br: brotli(body), gzip: gzipSync(body, { level: 9 }) };
        cache.set(file, compressed);
      }
      const encoding = /\bbr\b/.test(accepts) ? 'br' : 'gzip';
      headers['content-encoding'] = encoding;
      headers.vary = 'accept-encoding';
      response.writeHead(status, headers).end(compressed[encoding]);
      return;
    }
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
