/**
 * A plain static file server on loopback, behaving like the hosts the built site is
 * meant for: no rewrites, `index.html` for folders, 404 for the rest, gzip for text,
 * hashed assets cached for a year and pages revalidated. Used by the browser tests and
 * the benchmark.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json", ".txt"]);

export interface StaticServerOptions {
  /** The folder to serve. */
  readonly root: string;
  /** The address folder it is served under, such as `/explainers/x/`. */
  readonly prefix?: string;
  /** Headers every response gets, as a static host or CDN would add them. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The port; any free one when left out. */
  readonly port?: number;
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function startStaticServer({
  root,
  prefix = "/",
  headers = {},
  port = 0,
}: StaticServerOptions): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const notFound = () => {
      response.writeHead(404, { "content-type": "text/plain", ...headers });
      response.end("Not found");
    };
    void (async () => {
      let path: string;
      try {
        path = decodeURIComponent(
          new URL(request.url ?? "/", "http://x").pathname,
        );
      } catch {
        return notFound();
      }
      if (!path.startsWith(prefix)) return notFound();
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(base)) return notFound();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, "index.html");
        await stat(file);
      } catch {
        return notFound();
      }
      const type = extname(file);
      const gzip =
        COMPRESSIBLE.has(type) &&
        /\bgzip\b/.test(String(request.headers["accept-encoding"]));
      response.writeHead(200, {
        "content-type": TYPES[type] ?? "application/octet-stream",
        "cache-control": file.includes(`${join(base, "assets")}/`)
          ? "public, max-age=31536000, immutable"
          : "no-cache",
        ...(gzip
          ? { "content-encoding": "gzip", vary: "accept-encoding" }
          : {}),
        ...headers,
      });
      const stream = createReadStream(file);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
    })();
  });
  await new Promise<void>((done) =>
    server.listen(port, "127.0.0.1", () => done()),
  );
  const address = server.address();
  const actualPort =
    typeof address === "object" && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
