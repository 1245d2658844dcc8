import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServerOptions {
  /** The folder to serve. */
  readonly root: string;
  /** The address folder it is served under, such as `/explainers/cyber-dialogue/`. */
  readonly prefix?: string;
  /** Headers every response gets, as a static host or CDN would add them. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * A plain static file server on loopback, like the hosts the built site is meant for:
 * no rewrites, `index.html` for folders, 404 for the rest.
 */
export async function startStaticServer({
  root,
  prefix = "/",
  headers = {},
}: StaticServerOptions): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(
        new URL(request.url ?? "/", "http://x").pathname,
      );
      if (!path.startsWith(prefix)) return notFound();
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(base)) return notFound();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, "index.html");
        await stat(file);
      } catch {
        return notFound();
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        ...headers,
      });
      createReadStream(file).pipe(response);
    })();

    function notFound() {
      response.writeHead(404, { "content-type": "text/plain", ...headers });
      response.end("Not found");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
