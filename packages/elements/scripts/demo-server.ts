/// <reference types="node" />
/**
 * The demo's HTTP server: a fixed set of files from memory or disk, every response under
 * `Content-Security-Policy: default-src 'self'` (no unsafe-inline, no nonce), bound to
 * 127.0.0.1. Only the listed paths exist, so nothing else on disk can be reached.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

export const CSP = "default-src 'self'";

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** URL path → file on disk. */
export type DemoRoutes = Record<string, string>;

export function createDemoServer(routes: DemoRoutes): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed\n');
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204, headers);
      response.end();
      return;
    }
    const file = routes[path === '/' ? '/index.html' : path];
    if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${path}\n`);
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch (error) {
      response.writeHead(500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Cannot read ${path}: ${(error as Error).message}\n`);
      return;
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
}

/** Listens on 127.0.0.1 (port 0 picks a free one) and resolves with the URL. */
export function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve(`http://127.0.0.1:${actualPort}/`);
    });
  });
}

/** Stops accepting, drops idle keep-alive connections and resolves once closed. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
