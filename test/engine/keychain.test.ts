// Device tokens live in the OS keychain by default, never in the profile folder
// (invariant 10), and signing in says clearly what to do when no keychain is reachable.
// `npm test` runs this under dbus-run-session with an unlocked gnome-keyring; by hand:
//   dbus-run-session -- bash scripts/with-keyring.sh npx vitest run test/engine/keychain.test.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { credentialStore } from "../../src/engine/profile/credentials.js";
import { cliLogin, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { removeDir, tempDir } from "../support/server-process.js";

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, dirent.name);
    if (dirent.isDirectory()) out.push(...(await filesUnder(abs)));
    else if (dirent.isFile()) out.push(abs);
  }
  return out;
}

/** Run by `npm test` under dbus-run-session with an unlocked gnome-keyring. */
const hasSessionBus = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS);

describe("the keychain", () => {
  const server = useServer();
  const accounts = useAccounts(server);

  it.skipIf(!hasSessionBus)(
    "keeps the token in the OS keychain and never in the profile folder (needs a keyring: npm test)",
    async () => {
      const account = await accounts.create(1, { credentialStore: "default" });
      const [a] = account.clients as [TestClient];
      await a.write("hello.txt", "hello");
      await a.syncClean();
      expect(a.engine.profile.get().credentialStore).toBe("keychain");
      const token = await credentialStore("keychain", a.profileDir).get();
      expect(token).toBeTruthy();
      await a.close();
      const files = await filesUnder(a.profileDir);
      expect(files.map((f) => path.basename(f))).toContain("index.db");
      expect(files.map((f) => path.basename(f))).not.toContain("credentials");
      for (const file of files) {
        const bytes = await readFile(file);
        expect(bytes.includes(Buffer.from(token!)), `token found in ${file}`).toBe(false);
      }

      // Logout forgets it in the keychain too.
      const out = await a.cli(["logout"]);
      expect(out.status, out.stderr).toBe(0);
      expect(await credentialStore("keychain", a.profileDir).get()).toBeNull();
    },
  );

  it("refuses to sign in with --credential-store keychain when no keychain is reachable, pointing at --credential-store file", async () => {
    const account = await accounts.create(0);
    const profile = await tempDir("no-keychain");
    try {
      const devicesBefore = (await (await account.api()).devices()).length;
      const result = await cliLogin(profile, account, {
        store: "keychain",
        env: { DBUS_SESSION_BUS_ADDRESS: "unix:path=/nonexistent" },
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("--credential-store file");
      expect(result.stderr).toContain("[keychain_unavailable]");
      // It failed before signing in: no device was registered, nothing was saved.
      expect((await (await account.api()).devices()).length).toBe(devicesBefore);
      const names = (await readdir(profile)).filter((n) => !n.startsWith("index.db"));
      expect(names).toEqual([]);
    } finally {
      await removeDir(profile);
    }
  });
});
