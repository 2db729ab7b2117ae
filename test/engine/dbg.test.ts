import { rm } from "node:fs/promises";
import { it } from "vitest";
import { createClients, type TestClient } from "/work/main/test/support/clients.js";
import { startServerProcess } from "/work/main/test/support/server-process.js";
it("dbg", async () => {
  const server = await startServerProcess();
  const account = await createClients(server, 2);
  const [a, b] = account.clients as [TestClient, TestClient];
  await a.write("keep.txt", "v1\n"); await a.write("other.txt", "x\n");
  await a.syncClean(); await b.syncClean();
  await rm(b.abs("keep.txt"));
  await b.syncClean();
  await a.write("keep.txt", "v2 edited on A\n");
  const r = await a.folder.round();
  console.log(JSON.stringify(r.plan, null, 1), r.failures);
  console.log(JSON.stringify([...a.engine.index.syncedNodes()]));
  await account.close(); await server.stop();
});
