// How `/v1/push` appears in the OpenAPI document. @fastify/websocket hides WebSocket
// routes from @fastify/swagger, and OpenAPI has no notion of a WebSocket, so the route
// swaps in this schema for the document only (it validates nothing): a GET whose 101
// answer opens the socket, the frames it carries and the codes it closes with.
import { Type } from "@sinclair/typebox";
import type {} from "@fastify/swagger";
import type { FastifySchema } from "fastify";
import { ErrorBodySchema, PushMessage } from "../../shared/protocol.js";

/** Close codes the server uses, for the `x-websocket-close-codes` extension. */
const CLOSE_CODES = {
  1001: "the server is shutting down: reconnect with back-off",
  4001: "this device was revoked or signed out (a `revoked` message comes first): do not reconnect with this token",
} as const;

function description(pingIntervalMs: number): string {
  return `Upgrades to a WebSocket on which the server tells this device, the moment a commit lands, that its account's cursor advanced, so clients never poll.

**Handshake.** An HTTP/1.1 \`GET\` with \`Upgrade: websocket\` and the usual \`Authorization: Bearer <token>\` header. With the query \`incoming=1\` the client also takes \`incoming\` messages. A missing, invalid or revoked token is refused with 401 before the upgrade; a \`GET\` without the upgrade answers 404.

**Messages.** Every frame the server sends is one JSON text message (the 101 response's schema):
- \`{"type":"hello","cursor":N,"fingerprint":"…"}\`, first: the account's cursor and the data fingerprint now (a changed fingerprint means the server was restored from a backup).
- \`{"type":"cursor","cursor":N}\`, whenever the account's cursor advances: read \`/v1/changes\` from the last cursor seen.
- \`{"type":"revoked"}\`, when this device is revoked or signed out; the server then closes with code 4001.
- \`{"type":"incoming","incoming":{…}}\` (only with \`incoming=1\`), when another device of the account announced chunks of a large file it is uploading (\`POST /v1/push/incoming\`): they may be fetched before the file is committed.

The server ignores what the client sends (frames above 4 KiB close the socket), and pings every ${pingIntervalMs / 1000} s, dropping a peer that did not answer the previous ping.

**Close codes.** 4001: the device was revoked: sign in again rather than reconnect. 1001: the server is shutting down: reconnect with back-off.`;
}

type DocumentedSchema = FastifySchema & Record<`x-${string}`, unknown>;

export const pushOpenApiSchema = (pingIntervalMs: number): DocumentedSchema => ({
  tags: ["push"],
  summary: "WebSocket of cursor updates",
  description: description(pingIntervalMs),
  headers: Type.Object({
    upgrade: Type.Literal("websocket"),
    connection: Type.String({ description: "must include `Upgrade`" }),
    "sec-websocket-version": Type.Literal("13"),
    "sec-websocket-key": Type.String({ description: "RFC 6455 handshake key" }),
  }),
  response: {
    101: {
      description:
        "Switching Protocols: the WebSocket is open. Each frame the server sends is one JSON message of this shape.",
      content: { "application/json": { schema: PushMessage } },
    },
    401: {
      description: "missing, invalid or revoked token (refused before the upgrade)",
      content: { "application/json": { schema: ErrorBodySchema } },
    },
    404: { description: "the request asked for no WebSocket upgrade", type: "null" },
  },
  "x-websocket-close-codes": CLOSE_CODES,
});
