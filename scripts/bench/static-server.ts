// A tiny static file server on 127.0.0.1 for the browser measurements. It serves files as they
// are (no compression) and records every response, with the size gzip would give it — what a
// static host that compresses on the fly would send.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

export interface ServedResponse {
  path: string;
  status: number;
  bytes: number;
  /** min(bytes, gzip -6 of the file): Pagefind's index files are already compressed. */
  gzipBytes: number;
  at: number;
}

export interface StaticServer {
  origin: string;
  log: ServedResponse[];
  close(): Promise<void>;
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export function startStaticServer(root: string): Promise<StaticServer> {
  const log: ServedResponse[] = [];
  const gzipSizes = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(path.resolve(root))) {
      response.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      log.push({ path: url.pathname, status: 404, bytes: 9, gzipBytes: 9, at: performance.now() });
      return;
    }
    const body = fs.readFileSync(file);
    let gzipBytes = gzipSizes.get(file);
    if (gzipBytes === undefined) {
      gzipBytes = Math.min(body.length, zlib.gzipSync(new Uint8Array(body.buffer, body.byteOffset, body.length), { level: 6 }).length);
      gzipSizes.set(file, gzipBytes);
    }
    log.push({ path: url.pathname, status: 200, bytes: body.length, gzipBytes, at: performance.now() });
    response.writeHead(200, {
      "content-type": types[path.extname(file)] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-cache",
    });
    response.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        log,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
