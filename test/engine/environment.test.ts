// The engine takes its clock, randomness, waits and network from its caller (EngineEnv),
// so a test or a simulator drives them without changing engine code: here a network
// that refuses the first chunk uploads (a real refused connection), waits that are only
// recorded, fixed randomness and a fixed clock.
import { randomBytes } from "node:crypto";
import { Agent, type Dispatcher } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { Engine } from "../../src/engine/index.js";
import type { TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

describe("the engine's environment", () => {
  const accounts = useAccounts(useServer());
  let agent: Agent | null = null;

  afterEach(async () => {
    await agent?.close();
    agent = null;
  });

  it("sends its requests through the given network, and backs off with the given waits and randomness", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    await a.close();
    await a.write("report.pdf", randomBytes(300_000));

    // The network: every request counted; the first two chunk uploads sent nowhere.
    const paths: string[] = [];
    let refuse = 2;
    agent = new Agent();
    const network: Dispatcher = agent.compose((dispatch) => (options, handler) => {
      paths.push(`${options.method} ${options.path}`);
      if (options.method === "POST" && options.path === "/v1/chunks" && refuse > 0) {
        refuse--;
        return dispatch({ ...options, origin: "http://127.0.0.1:1" }, handler);
      }
      return dispatch(options, handler);
    });
    const waits: number[] = [];
    const engine = await Engine.open(a.profileDir, {
      now: () => Date.UTC(2030, 0, 2, 3, 4, 5),
      random: () => 0.5,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      dispatcher: network,
    });
    try {
      const folder = await engine.syncFolder(a.root);
      const round = await folder.syncUntilIdle();
      expect(round.failures).toEqual([]);
      // Two refusals, two waits: jitter 0.5 of 200 ms, then of 400 ms.
      expect(waits).toEqual([100, 200]);
      expect(paths.filter((p) => p === "POST /v1/chunks")).toHaveLength(3);
      expect(paths.some((p) => p.startsWith("GET /v1/changes"))).toBe(true);
      expect(folder.status().lastSyncAt).toBe(Date.UTC(2030, 0, 2, 3, 4, 5));
    } finally {
      await engine.close();
    }
    const entry = (await account.serverTree()).get("report.pdf");
    expect(entry?.hash).toBe(sha256(await a.read("report.pdf")));
  });
});
