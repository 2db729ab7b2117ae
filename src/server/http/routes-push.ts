// The push channel: a WebSocket that says "your account's cursor is now N", and the
// route through which a device tells the others about a large upload in progress.
import { Type } from "@sinclair/typebox";
import type {} from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import { IncomingChunks, type PushMessage } from "../../shared/protocol.js";
import { authOf, ERROR_RESPONSES, type RouteContext } from "./context.js";
import { pushOpenApiSchema } from "./push-openapi.js";

const PING_INTERVAL_MS = 25_000;

export function pushRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post<{ Body: IncomingChunks }>(
    "/v1/push/incoming",
    {
      schema: {
        tags: ["push"],
        summary: "Tell this account's other devices about chunks of a file being uploaded",
        description:
          "For a large file: its chunks this device stored already, with their offsets, before the file is committed. Each other connected device of the account gets them as an `incoming` push message and may fetch them meanwhile; the commit's manifest decides what the file is. Nothing is stored.",
        body: IncomingChunks,
        response: { 200: Type.Object({ told: Type.Integer() }), ...ERROR_RESPONSES },
      },
    },
    (request, reply) => {
      const { account, device } = authOf(request);
      return reply.send({ told: ctx.push.incoming(account.id, device.id, request.body) });
    },
  );

  app.get(
    "/v1/push",
    {
      websocket: true,
      // @fastify/websocket hides the route from the document; this puts it back.
      config: {
        swaggerTransform: ({ url }) => ({ schema: pushOpenApiSchema(PING_INTERVAL_MS), url }),
      },
    },
    (socket, request) => {
      const { account, device } = authOf(request);
      const send = (message: PushMessage) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
      };
      const query = request.query as Record<string, unknown> | undefined;
      const remove = ctx.push.add(account.id, {
        deviceId: device.id,
        incoming: query?.incoming === "1",
        send,
        close: (code, reason) => {
          socket.close(code, reason);
        },
      });
      // Pings keep NAT and proxies from dropping an idle connection, and find dead peers.
      let alive = true;
      const ping = setInterval(() => {
        if (!alive) {
          socket.terminate();
          return;
        }
        alive = false;
        socket.ping();
      }, PING_INTERVAL_MS);
      socket.on("pong", () => (alive = true));
      socket.on("close", () => {
        clearInterval(ping);
        remove();
      });
      const current = ctx.metadata.getAccount(account.id);
      send({
        type: "hello",
        cursor: current?.cursor ?? 0,
        fingerprint: ctx.metadata.fingerprint(),
      });
    },
  );
}
