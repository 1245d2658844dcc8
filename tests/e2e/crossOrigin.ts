import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  startStaticServer,
  type StaticServer,
} from "../../tools/staticServer.ts";

/**
 * A newsroom's host pages and the explainer on two origins: host pages from
 * `localhost`, the built explainer from `127.0.0.1` (static servers on loopback, as
 * Chromium's private-network rules want for pages that load from loopback). The
 * explainer's server sends `Access-Control-Allow-Origin: *`, as most CDNs do: a frame
 * sandboxed without allow-same-origin has an opaque origin and fetches the page's
 * module script in CORS mode.
 */
export interface CrossOrigin {
  readonly explainer: StaticServer;
  readonly host: StaticServer;
  /** The folder the host pages are served from. */
  readonly hostFolder: string;
}

/** Starts both servers; the host's folder starts empty. */
export async function startCrossOrigin(): Promise<CrossOrigin> {
  const explainer = await startStaticServer({
    root: "dist",
    headers: { "access-control-allow-origin": "*" },
  });
  const hostFolder = await mkdtemp(join(tmpdir(), "explainer-host-"));
  const host = await startStaticServer({ root: hostFolder });
  return {
    explainer,
    host: { ...host, origin: host.origin.replace("127.0.0.1", "localhost") },
    hostFolder,
  };
}

/** Stops both servers and removes the host pages. */
export async function stopCrossOrigin(servers: CrossOrigin): Promise<void> {
  await servers.explainer.close();
  await servers.host.close();
  await rm(servers.hostFolder, { recursive: true, force: true });
}

/** Writes `html` as a new host page; returns its address. */
export async function hostPageAt(
  servers: CrossOrigin,
  html: string,
): Promise<string> {
  const file = `host-${Math.random().toString(36).slice(2)}.html`;
  await writeFile(join(servers.hostFolder, file), html);
  return `${servers.host.origin}/${file}`;
}
