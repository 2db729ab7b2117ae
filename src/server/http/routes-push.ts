// The push channel: a WebSocket that says "your account's cursor is now N".
import type {} from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import type { PushMessage } from "../../shared/protocol.js";
import { authOf, type RouteContext } from "./context.js";
import { pushOpenApiSchema } from "./push-openapi.js";

const PING_INTERVAL_MS = 25_000;

export function pushRoutes(app: FastifyInstance, ctx: RouteContext): void {
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
      const remove = ctx.push.add(account.id, {
        deviceId: device.id,
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
