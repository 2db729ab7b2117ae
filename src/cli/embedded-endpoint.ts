// "Keep files on this computer" for the headless client: runs cirrus-server in this
// process, on loopback, with its data in the profile.
import { randomBytes } from "node:crypto";
import type { EmbeddedEndpoint } from "../engine/index.js";
import { SqliteMetadataStore, hashPassword, makeConfig, startServer } from "../server/index.js";

export const embeddedEndpoint: EmbeddedEndpoint = {
  async start(dataDir, port) {
    const config = makeConfig({ dataDir, port: port ?? 0, logLevel: "warn" });
    const server = await startServer(config).catch(async (error: unknown) => {
      // The remembered port is taken now: any free one will do (the profile follows).
      if (port !== null && (error as NodeJS.ErrnoException).code === "EADDRINUSE") {
        return startServer(makeConfig({ dataDir, port: 0, logLevel: "warn" }));
      }
      throw error;
    });
    const actual = Number(new URL(server.url).port);
    return { url: server.url, port: actual, close: () => server.close() };
  },

  async createAccount(dataDir, user) {
    const config = makeConfig({ dataDir });
    const store = new SqliteMetadataStore({
      dataDir: config.dataDir,
      retention: { ...config.versions, trashDays: config.trashDays },
    });
    try {
      // A random password used once to sign this device in; the device token is
      // what lasts (in the keychain), so the password is never stored anywhere.
      const password = randomBytes(24).toString("base64url");
      const hash = await hashPassword(password);
      const existing = store.findAccount(user);
      if (existing) store.setPasswordHash(existing.id, hash);
      else store.createAccount(user, hash, null);
      return password;
    } finally {
      store.close();
    }
  },
};
