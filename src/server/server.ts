// Starts and stops a whole endpoint: stores, HTTP app, push hub, collector timer.
import type { FastifyInstance } from "fastify";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "pino";
import { AccountLocks } from "./account-lock.js";
import { AuthService } from "./auth/auth-service.js";
import type { BlobStore } from "./blob/blob-store.js";
import { LocalBlobStore } from "./blob/local-blob-store.js";
import type { ServerConfig } from "./config.js";
import { buildApp } from "./http/app.js";
import { createLogger } from "./log.js";
import type { MetadataStore } from "./metadata/metadata-store.js";
import { SqliteMetadataStore } from "./metadata/sqlite-store.js";
import { PushHub } from "./push/push-hub.js";
import { SyncService } from "./sync-service.js";

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  metadata: MetadataStore;
  sync: SyncService;
  close(): Promise<void>;
}

/** Open the stores under the data folder (also used by the admin commands). */
export async function openStores(
  config: ServerConfig,
  logger: Logger,
): Promise<{ metadata: MetadataStore; blobs: BlobStore }> {
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const metadata = new SqliteMetadataStore({
    dataDir: config.dataDir,
    retention: { ...config.versions, trashDays: config.trashDays },
  });
  // The server's logger: without it the blob store logs with its own defaults, to
  // stdout (which must carry only the "listening on" line) and ignoring --log-level.
  const blobs = await LocalBlobStore.open({ dir: path.join(config.dataDir, "chunks"), logger });
  return { metadata, blobs };
}

export async function startServer(config: ServerConfig, logger?: Logger): Promise<RunningServer> {
  const log = logger ?? createLogger(config.logLevel);
  const { metadata, blobs } = await openStores(config, log);
  const push = new PushHub();
  const sync = new SyncService(metadata, blobs, push, new AccountLocks());
  const auth = new AuthService(metadata, config.loginLimits);
  const https = config.tls
    ? { cert: await readFile(config.tls.cert), key: await readFile(config.tls.key) }
    : null;
  const app = await buildApp({ config, metadata, auth, sync, push }, { logger: log, https });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `${config.tls ? "https" : "http"}://${host}:${port}`;

  let collecting: Promise<unknown> = Promise.resolve();
  const collector = setInterval(() => {
    collecting = sync.collectGarbage(Date.now(), config.gc.graceMs).catch((err: unknown) => {
      log.error({ err }, "garbage collection failed");
    });
  }, config.gc.intervalMs);
  collector.unref();

  let closed = false;
  return {
    url,
    app,
    metadata,
    sync,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(collector);
      push.closeAll();
      await app.close();
      await collecting;
      await blobs.close();
      metadata.close();
    },
  };
}
