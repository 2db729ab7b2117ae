// The headless CLI end to end: `login` with the file store (a 0600 file), `sync --once`,
// `status --json`, and `logout` (token forgotten here and revoked on the server).
import { mkdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RemoteClient } from "../../src/engine/remote/index.js";
import { CirrusError } from "../../src/shared/errors.js";
import type { FolderStatus } from "../../src/shared/status.js";
import { cliLogin, runCli } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { removeDir, tempDir } from "../support/server-process.js";

describe("the cirrus CLI", () => {
  const server = useServer();
  const accounts = useAccounts(server);

  it("signs in and out with the CLI and the file store, and reports status as JSON", async () => {
    const account = await accounts.create(0);
    const base = await tempDir("cli");
    const profile = path.join(base, "profile");
    const folder = path.join(base, "folder");
    try {
      const cli = (args: string[]) => runCli(["--profile", profile, ...args]);
      const login = await cliLogin(profile, account, { store: "file", deviceName: "laptop" });
      expect(login.status, login.stderr).toBe(0);
      expect(login.stdout).toMatch(/^signed in as device \S+/);
      const credentials = path.join(profile, "credentials");
      expect((await stat(credentials)).mode & 0o777).toBe(0o600);
      const token = (await readFile(credentials, "utf8")).trim();

      await mkdir(folder);
      await writeFile(path.join(folder, "a.txt"), "from the cli\n");
      const once = await cli(["sync", "--folder", folder, "--once"]);
      expect(once.status, once.stderr).toBe(0);
      expect(once.stderr).toContain("1 file in sync");
      const status = await cli(["status", "--json"]);
      expect(status.status, status.stderr).toBe(0);
      const parsed = JSON.parse(status.stdout) as FolderStatus;
      expect(parsed).toMatchObject({
        folder,
        state: "idle",
        lastError: null,
        counts: { files: 1, folders: 0, bytes: "from the cli\n".length },
        conflicts: 0,
        massDeletePending: null,
      });
      expect(parsed.bytesSent).toBeGreaterThan(0);
      expect((await account.serverTree()).has("a.txt")).toBe(true);

      const logout = await cli(["logout"]);
      expect(logout.status, logout.stderr).toBe(0);
      await expect(stat(credentials)).rejects.toThrow();
      // The token was revoked on the server, not just forgotten here.
      const old = new RemoteClient({ baseUrl: server().url, token, retries: 0 });
      const error = await old.account().then(
        () => null,
        (e: unknown) => e,
      );
      await old.close();
      expect((error as CirrusError).code).toBe("unauthorized");

      const after = await cli(["sync", "--once"]);
      expect(after.status).not.toBe(0);
      expect(after.stderr).toContain("[not_logged_in]");
    } finally {
      await removeDir(base);
    }
  });
  it("refuses a sync folder that holds the profile (a home folder) or lies inside it, and syncs nothing", async () => {
    const account = await accounts.create(0);
    const base = await tempDir("cli-home");
    const home = path.join(base, "home");
    const profile = path.join(home, ".config", "cirrus");
    try {
      const cli = (args: string[]) => runCli(["--profile", profile, ...args]);
      const login = await cliLogin(profile, account, { store: "file" });
      expect(login.status, login.stderr).toBe(0);
      await writeFile(path.join(home, "notes.txt"), "mine\n");
      const link = path.join(base, "home-link");
      await symlink(home, link);
      const inside = path.join(profile, "files");
      await mkdir(inside);
      for (const [folder, says] of [
        [home, "holds this device's profile"],
        [link, "holds this device's profile"],
        [profile, "holds this device's profile"],
        [inside, "is inside this device's profile"],
      ] as const) {
        const once = await cli(["sync", "--folder", folder, "--once"]);
        expect(once.status, folder).toBe(1);
        expect(once.stderr).toContain(says);
        expect(once.stderr).toContain("[bad_request]");
      }
      // Nothing went up (the token file least of all), and no folder was remembered.
      expect([...(await account.serverTree()).keys()]).toEqual([]);
      const settings = JSON.parse(await readFile(path.join(profile, "profile.json"), "utf8")) as {
        folder?: string;
      };
      expect(settings.folder).toBeUndefined();
    } finally {
      await removeDir(base);
    }
  });
});
