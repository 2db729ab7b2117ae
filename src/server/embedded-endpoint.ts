// "Keep files on this computer": runs the endpoint inside the app's process (the
// headless client or the desktop app's engine host), on loopback, with its data in
// the profile. Its shape is the engine's EmbeddedEndpoint (the server room does not
// import the engine; TypeScript checks the match where the two meet).
import { randomBytes } from "node:crypto";
import { hashPassword } from "./auth/passwords.js";
import { makeConfig } from "./config.js";
import { SqliteMetadataStore } from "./metadata/sqlite-store.js";
import { startServer } from "./server.js";

export const embeddedEndpoint = {
  async start(
    dataDir: string,
    port: number | null,
  ): Promise<{ url: string; port: number; close: () => Promise<void> }> {
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

  async createAccount(dataDir: string, user: string): Promise<string> {
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
