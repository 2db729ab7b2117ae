// The OpenAPI document, generated from the same schemas that validate requests.
import { AccountLocks } from "./account-lock.js";
import { AuthService } from "./auth/auth-service.js";
import type { BlobStore } from "./blob/blob-store.js";
import { makeConfig } from "./config.js";
import { buildApp } from "./http/app.js";
import { createLogger } from "./log.js";
import type { MetadataStore } from "./metadata/metadata-store.js";
import { PushHub } from "./push/push-hub.js";
import { SyncService } from "./sync-service.js";

/** Build the app without stores (no route runs) just to read its schema. */
export async function buildOpenApiDocument(): Promise<unknown> {
  const metadata = {} as MetadataStore;
  const blobs = {} as BlobStore;
  const push = new PushHub();
  const app = await buildApp(
    {
      config: makeConfig({ dataDir: "." }),
      metadata,
      auth: new AuthService(metadata, makeConfig({ dataDir: "." }).loginLimits),
      sync: new SyncService(metadata, blobs, push, new AccountLocks()),
      push,
    },
    { logger: createLogger("silent") },
  );
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}
