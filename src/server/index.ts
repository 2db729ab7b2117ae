// The cloud endpoint: HTTP API, auth, metadata store, blob store, change feed, push.
export { makeConfig, DEFAULT_CONFIG, type ServerConfig } from "./config.js";
export { startServer, type RunningServer } from "./server.js";
export { SqliteMetadataStore } from "./metadata/sqlite-store.js";
export type { MetadataStore, AccountRecord } from "./metadata/metadata-store.js";
export { hashPassword } from "./auth/passwords.js";
export { totpCode } from "./auth/totp.js";
export { buildOpenApiDocument } from "./openapi.js";
export { embeddedEndpoint } from "./embedded-endpoint.js";
