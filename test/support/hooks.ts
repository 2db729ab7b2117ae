// The setup every scenario file shared: a real `cirrus-server` per describe block and
// accounts made inside a test, closed after it. Kept here once, so that each file says
// only what its tests do, and no file can forget to stop a server or close an account.
import { afterAll, afterEach, beforeAll } from "vitest";
import { createClients, type ClientOptions, type TestAccount } from "./clients.js";
import { loginAsNewUser, type SignedIn } from "./server-api.js";
import { removeDir, startServerProcess, type ServerProcess } from "./server-process.js";

/**
 * Start a server in beforeAll and stop it (removing its data folder) in afterAll.
 * Returns a getter: the server exists only once beforeAll has run.
 */
export function useServer(): () => ServerProcess {
  let server: ServerProcess | null = null;
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(async () => {
    await server?.stop();
    server = null;
  });
  return () => {
    if (!server) throw new Error("useServer: the server starts in beforeAll");
    return server;
  };
}

/**
 * A server and one user signed in on it as a device, for API-level tests: started in
 * beforeAll, stopped (server first, so it never outlives a failed setup) in afterAll.
 */
export function useSignedInUser(): { server: () => ServerProcess; user: () => SignedIn } {
  let server: ServerProcess | null = null;
  let user: SignedIn | null = null;
  beforeAll(async () => {
    server = await startServerProcess();
    user = await loginAsNewUser(server);
  });
  afterAll(async () => {
    await server?.stop();
    if (server) await removeDir(server.dataDir);
    await user?.client.close();
    server = null;
    user = null;
  });
  const ready = <T>(value: T | null): T => {
    if (value === null) throw new Error("useSignedInUser: the server starts in beforeAll");
    return value;
  };
  return { server: () => ready(server), user: () => ready(user) };
}

export interface Accounts {
  /** An account with `count` devices (createClients) on `server`, closed after the test. */
  create(count: number, options?: ClientOptions, server?: ServerProcess): Promise<TestAccount>;
  /** The account the running test made last. */
  current(): TestAccount;
}

/**
 * Accounts for each test: `create` makes one (on `server()` unless told otherwise) and
 * afterEach closes every one the test made, whether it passed or not. Vitest runs
 * after-hooks in reverse order (sequence.hooks "stack", the default), so an afterEach
 * registered after this one runs before it.
 */
export function useAccounts(server?: () => ServerProcess): Accounts {
  const made: TestAccount[] = [];
  afterEach(async () => {
    for (const account of made.splice(0).reverse()) await account.close();
  });
  return {
    async create(count, options = {}, on = server?.()) {
      if (!on) throw new Error("useAccounts: no server to make the account on");
      const account = await createClients(on, count, options);
      made.push(account);
      return account;
    },
    current() {
      const account = made.at(-1);
      if (!account) throw new Error("useAccounts: this test made no account");
      return account;
    },
  };
}
