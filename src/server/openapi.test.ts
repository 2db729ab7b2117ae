// The generated OpenAPI document covers the push WebSocket, which @fastify/websocket
// would otherwise hide from it.
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi.js";

interface Operation {
  tags: string[];
  parameters: { in: string; name: string }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  "x-websocket-close-codes": Record<string, string>;
}

describe("the OpenAPI document", () => {
  it("documents /v1/push as a GET upgraded to a WebSocket, its messages and close codes", async () => {
    const document = (await buildOpenApiDocument()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const push = document.paths["/v1/push"];
    expect(Object.keys(push ?? {})).toEqual(["get"]);
    const get = push?.get as Operation;
    expect(get.tags).toEqual(["push"]);
    expect(get.parameters).toContainEqual(
      expect.objectContaining({ in: "header", name: "upgrade" }),
    );
    const frames = get.responses["101"]?.content?.["application/json"]?.schema;
    expect(frames).toMatchObject({ properties: { type: {}, cursor: {}, fingerprint: {} } });
    expect(JSON.stringify(frames)).toContain('"revoked"');
    expect(Object.keys(get.responses)).toEqual(["101", "401", "404"]);
    expect(Object.keys(get["x-websocket-close-codes"])).toEqual(["1001", "4001"]);
  });
});
