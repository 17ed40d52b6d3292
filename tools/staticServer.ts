/**
 * A small static file server, as a plain host serves the built game: files
 * from folders mounted at URL prefixes (a subfolder like itch.io's or GitHub
 * Pages'), text compressed with gzip as such hosts do, nothing else. Used by
 * `npm run bench` and by the browser test that plays the game from a subfolder.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.map': 'application/json',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

export interface StaticServer {
  /** The server's origin, e.g. `http://127.0.0.1:4567`. */
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path names under a mount, or null (outside the folder, or missing). */
function fileFor(root: string, rest: string): string | null {
  const path = normalize(join(root, decodeURIComponent(rest) || 'index.html'));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileFor(root, join(rest, 'index.html'));
    return stat.isFile() ? path : null;
  } catch {
    return null;
  }
}

/** Serves each folder at its prefix (`{ '/some/sub/path/': 'dist' }`) on a free port of 127.0.0.1. */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const mount = roots.find(([prefix]) => url.pathname.startsWith(prefix));
    // A folder's URL without its slash would resolve relative URLs one level up: redirect, as hosts do.
    const bare = roots.find(([prefix]) => `${url.pathname}/` === prefix);
    if (bare) {
      res.writeHead(301, { location: bare[0] }).end();
      return;
    }
    const file = mount ? fileFor(mount[1], url.pathname.slice(mount[0].length)) : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    let body: Buffer = readFileSync(file);
    if (COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = gzipped.get(file);
      if (!zipped) gzipped.set(file, (zipped = gzipSync(body)));
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
