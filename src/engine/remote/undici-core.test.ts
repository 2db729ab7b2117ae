import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Agent, request } from "./undici-core.js";

interface Seen {
  method: string | undefined;
  url: string | undefined;
  auth: string | undefined;
  body: string;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
});

/** A loopback HTTP server that answers with what it received, as JSON. */
async function echoServer(): Promise<string> {
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (piece: string) => (body += piece));
    req.on("end", () => {
      const seen: Seen = {
        method: req.method,
        url: req.url,
        auth: req.headers.authorization,
        body,
      };
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify(seen));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("undici's request through the agent loaded on its own", () => {
  it("sends method, path with query, headers and body, and gives the response back", async () => {
    const base = await echoServer();
    const agent = new Agent({ connections: 2 });
    closers.push(() => agent.close());
    const response = await request(new URL(`${base}/v1/entries/changes?since=12&limit=5`), {
      dispatcher: agent,
      method: "POST",
      headers: { authorization: "Bearer t0ken" },
      body: "hello",
    });
    expect(response.statusCode).toBe(201);
    expect(await response.body.json()).toEqual({
      method: "POST",
      url: "/v1/entries/changes?since=12&limit=5",
      auth: "Bearer t0ken",
      body: "hello",
    });
  });

  it("rejects when nothing listens (the transport's offline case)", async () => {
    const base = await echoServer();
    await closers.pop()?.(); // the server is gone, its port is free
    const agent = new Agent({ connect: { timeout: 2000 } });
    closers.push(() => agent.close());
    await expect(
      request(new URL(`${base}/v1/health`), { dispatcher: agent, method: "GET" }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
