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

export function startStaticServer(
  options: StaticServerOptions,
): Promise<StaticServer>;
