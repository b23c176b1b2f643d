#!/usr/bin/env node
// A small static server for the built form (www/dist) on localhost only. It sends the
// Content-Security-Policy that says the page loads nothing but its own files, serves .wasm as
// application/wasm, and refuses anything outside its folder.
//
// Usage: PORT=8080 node scripts/serve-www.mjs   (PORT=0 picks a free port; default 8080)
// Also used by the browser tests: import { startServer } from './serve-www.mjs'.

import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The policy: own origin only; wasm may be compiled; no inline script or style; no framing. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const KOPPEN = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cache-Control': 'no-cache',
};

/**
 * Start serving `root` on `host:port`. `extra` maps more URL paths to files (the browser tests
 * serve axe-core this way, so that it loads as a file of the page's own origin, under its CSP).
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
export function startServer({ root = join(wortel, 'www', 'dist'), port = 8080, host = '127.0.0.1', extra = {} } = {}) {
  const map = resolve(root);
  if (!existsSync(join(map, 'index.html'))) {
    return Promise.reject(new Error(`${map}/index.html is missing; run "npm run build:www" first.`));
  }
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...KOPPEN }).end();
      return;
    }
    let pad;
    try {
      pad = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400, KOPPEN).end();
      return;
    }
    if (pad.endsWith('/')) pad += 'index.html';
    const bestand = Object.hasOwn(extra, pad) ? extra[pad] : resolve(map, `.${pad}`);
    if (!Object.hasOwn(extra, pad) && bestand !== map && !bestand.startsWith(map + sep)) {
      res.writeHead(403, KOPPEN).end();
      return;
    }
    let info;
    try {
      info = statSync(bestand);
    } catch {
      info = null;
    }
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...KOPPEN }).end('Niet gevonden / Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(bestand).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      ...KOPPEN,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(bestand).pipe(res);
  });
  return new Promise((ok, fout) => {
    server.once('error', fout);
    server.listen(port, host, () => {
      const { port: echt } = server.address();
      const url = `http://${host === '::1' ? '[::1]' : host}:${echt}/`;
      ok({ server, url, close: () =>
          new Promise((klaar) => {
            server.close(() => klaar());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8080);
  startServer({ port })
    .then(({ url, close }) => {
      console.log(`Aanvraagformulier Kansrijke Wijk: ${url}`);
      console.log('(alleen op deze computer bereikbaar; stop met Ctrl+C)');
      const stop = () => close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((e) => {
      console.error(`serve: ${e.message}`);
      process.exit(1);
    });
}
