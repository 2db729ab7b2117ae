// Builds the HTTP application: validation, auth hook, error shape, routes, OpenAPI.
import swagger from "@fastify/swagger";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { CirrusError } from "../../shared/errors.js";
import { LIMITS } from "../../shared/protocol.js";
import { accountRoutes } from "./routes-account.js";
import { chunkRoutes } from "./routes-chunks.js";
import { entryRoutes } from "./routes-entries.js";
import { historyRoutes } from "./routes-history.js";
import { pushRoutes } from "./routes-push.js";
import type { RouteContext } from "./context.js";
import { addOctetBodyParser } from "./octet-body.js";
import { installErrorHandling } from "./error-handler.js";

export interface AppOptions {
  logger: Logger;
  https?: { cert: Buffer; key: Buffer } | null;
}

export async function buildApp(ctx: RouteContext, options: AppOptions): Promise<FastifyInstance> {
  // One instance type whether or not TLS is on; the pino logger is Fastify's logger.
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: LIMITS.maxJsonBody,
    ...(options.https ? { https: options.https } : {}),
    ajv: {
      // Reject unknown fields instead of silently dropping them. (Type coercion stays
      // on: query strings and path parameters arrive as strings.)
      customOptions: { removeAdditional: false, allErrors: false },
    },
    forceCloseConnections: true,
  }) as unknown as FastifyInstance;
  app.decorateRequest("auth", null);
  installErrorHandling(app);
  // Every other body is JSON: without this, Fastify's built-in text/plain parser hands a
  // string to the JSON routes, which then answer 400 instead of 415.
  app.removeContentTypeParser("text/plain");
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Cirrus cloud endpoint",
        version: "1",
        description: "Accounts, chunks, file metadata, history and push for Cirrus clients.",
      },
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      },
      security: [{ bearer: [] }],
    },
  });
  await app.register(websocket, { options: { maxPayload: 4096 } });
  app.addHook("onRequest", (request, _reply, done) => {
    // Public routes, and unknown ones (they fall through to the 404 handler), need no token.
    if (request.routeOptions.config.public || !request.routeOptions.url) {
      done();
      return;
    }
    try {
      request.auth = ctx.auth.authenticate(request.headers.authorization);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
  // Ajv coerces "Infinity" or "1e400" in a query string or path to an infinite
  // "integer" and then skips minimum and maximum; such a value made the change feed
  // answer 500. No route takes a number beyond the safe integers.
  app.addHook("preHandler", (request, _reply, done) => {
    for (const source of [request.query, request.params]) {
      for (const [key, value] of Object.entries(source ?? {})) {
        if (typeof value === "number" && !Number.isSafeInteger(value)) {
          done(new CirrusError("bad_request", `${key} must be a whole number`));
          return;
        }
      }
    }
    done();
  });
  app.get("/openapi.json", { config: { public: true }, schema: { hide: true } }, () =>
    app.swagger(),
  );
  accountRoutes(app, ctx);
  // Raw bytes are parsed only for the chunk routes (their own plugin scope), so a JSON
  // route sent octets answers 415 like any other wrong content type.
  await app.register((scope, _options, done) => {
    addOctetBodyParser(scope);
    chunkRoutes(scope, ctx);
    done();
  });
  entryRoutes(app, ctx);
  historyRoutes(app, ctx);
  pushRoutes(app, ctx);
  return app;
}
