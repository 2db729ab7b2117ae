// Sign-in against a real SQLite store, where a password change can land while the
// (deliberately slow) password hash is being checked.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config.js";
import { SqliteMetadataStore } from "../metadata/sqlite-store.js";
import { AuthService } from "./auth-service.js";
import { hashPassword } from "./passwords.js";

describe("AuthService.login and password changes", () => {
  let dir: string;
  let store: SqliteMetadataStore;
  let auth: AuthService;
  let accountId: number;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cirrus-auth-"));
    store = new SqliteMetadataStore({
      dataDir: dir,
      retention: { keepCount: 20, keepDays: 30, trashDays: 30 },
    });
    auth = new AuthService(store, DEFAULT_CONFIG.loginLimits);
    accountId = store.createAccount("alice", await hashPassword("old password"), null).id;
  });

  afterEach(async () => {
    store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("gives no device to a sign-in that checked the old password while it was changed", async () => {
    const newHash = await hashPassword("new password");
    // login reads the account at once, then awaits the hash check: change the password
    // and sign everyone out in that gap, as `cirrus-server user passwd` would.
    const signingIn = auth.login(
      { user: "alice", password: "old password", deviceName: "late" },
      "127.0.0.1",
    );
    store.setPasswordHash(accountId, newHash);
    expect(store.revokeAllDevices(accountId)).toBe(0);

    await expect(signingIn).rejects.toMatchObject({ code: "unauthorized" });
    expect(store.listDevices(accountId)).toEqual([]);
  });

  it("signs out every device of the account and no other account's", async () => {
    const other = store.createAccount("bob", await hashPassword("bob's"), null).id;
    const login = (user: string, password: string, deviceName: string) =>
      auth.login({ user, password, deviceName }, "127.0.0.1");
    const first = await login("alice", "old password", "laptop");
    await login("alice", "old password", "phone");
    const bobs = await login("bob", "bob's", "desktop");

    expect(store.revokeAllDevices(accountId)).toBe(2);
    expect(() => auth.authenticate(`Bearer ${first.token}`)).toThrow(/revoked/);
    expect(store.listDevices(accountId)).toEqual([]);
    expect(auth.authenticate(`Bearer ${bobs.token}`).account.id).toBe(other);
    expect(store.revokeAllDevices(accountId)).toBe(0);
  });
});
