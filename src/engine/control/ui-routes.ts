// The headless UI: the renderer bundle as static files, ClientApi calls as
// `POST /api/call/<method>` and sync events on the `/api/events` WebSocket. Electron
// implements the same ClientApi over IPC; the renderer cannot tell the difference.
import fastifyStatic from "@fastify/static";
import websocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import { CLIENT_METHODS, type ClientMethod } from "../../shared/client-api.js";
import { CirrusError } from "../../shared/errors.js";
import type { ClientService } from "../client/client-service.js";
import { validateArgs } from "../../shared/client-api-validate.js";

export const UI_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:*",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const methods = new Set<string>(CLIENT_METHODS);

export async function uiRoutes(
  app: FastifyInstance,
  service: ClientService,
  staticDir: string,
): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 4096 } });
  await app.register(fastifyStatic, {
    root: staticDir,
    prefix: "/ui/",
    dotfiles: "deny",
    setHeaders: (res) => {
      res.setHeader("content-security-policy", UI_CSP);
      res.setHeader("x-content-type-options", "nosniff");
      res.setHeader("referrer-policy", "no-referrer");
      res.setHeader("cache-control", "no-store");
    },
  });
  app.get("/", (_request, reply) => reply.redirect("/ui/renderer/index.html"));

  app.post<{ Params: { method: string }; Body: { args?: unknown } }>(
    "/api/call/:method",
    async (request) => {
      const { method } = request.params;
      if (!methods.has(method)) throw new CirrusError("not_found", `no method ${method}`);
      const check = validateArgs(method, request.body.args ?? []);
      if (!check.ok) throw new CirrusError("bad_request", check.error.message);
      // Called as a member, so the method keeps its `this`.
      const callable = service as unknown as Record<
        ClientMethod,
        (...args: unknown[]) => Promise<unknown>
      >;
      const result = await callable[method as ClientMethod](...check.args);
      return { result: result ?? null };
    },
  );

  app.get("/api/events", { websocket: true }, (socket, request) => {
    // A page from another origin must not read our events even with a leaked token.
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${request.headers.host ?? ""}`) {
      socket.close(4003, "wrong origin");
      return;
    }
    const unsubscribe = service.onEvent((event) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
    });
    socket.on("close", unsubscribe);
  });
}
