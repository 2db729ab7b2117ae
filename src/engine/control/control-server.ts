// The running client's local API on 127.0.0.1, guarded by a random per-run token
// written to a 0600 file in the profile. The CLI drives a running `cirrus sync`
// through it, and headless, the same server serves the UI (see ui-routes.ts).
// Requests must name 127.0.0.1:PORT as their Host, so a web page cannot reach it
// through DNS rebinding, and every /api call needs the token.
import type { FastifyInstance } from "fastify";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { ClientService } from "../client/client-service.js";
import { controlRoutes, type ControlTarget } from "./control-routes.js";

export const CONTROL_FILE = "control.json";

export interface ControlInfo {
  url: string;
  token: string;
  pid: number;
}

export function tokenMatches(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class ControlServer {
  private constructor(
    private readonly app: FastifyInstance,
    readonly info: ControlInfo,
    private readonly file: string,
  ) {}

  /** The address to open the UI, with the token in the fragment (never sent to a server). */
  get uiUrl(): string {
    return `${this.info.url}/ui/renderer/index.html#token=${this.info.token}`;
  }

  static async start(options: {
    profileDir: string;
    target: () => ControlTarget | null;
    ui?: { service: ClientService; staticDir: string };
    port?: number;
  }): Promise<ControlServer> {
    const token = randomBytes(32).toString("base64url");
    // Loaded here, not at the top: the HTTP stack is a tenth of a second of start-up
    // that one-shot commands (`status`, `sync --once`) never need.
    const { default: Fastify } = await import("fastify");
    const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
    let expectedHost = "";
    app.addHook("onRequest", (request, reply, done) => {
      if (request.headers.host !== expectedHost) {
        void reply.status(421).send({ code: "forbidden", message: "wrong host" });
        return;
      }
      const isApi = request.url.startsWith("/api/");
      const bearer = request.headers.authorization?.replace(/^Bearer /, "");
      const query = new URL(request.url, "http://x").searchParams.get("token") ?? undefined;
      if (isApi && !tokenMatches(bearer ?? query, token)) {
        void reply.status(401).send({ code: "unauthorized", message: "missing or wrong token" });
        return;
      }
      done();
    });
    app.setErrorHandler(
      (error: Error & { validation?: unknown; statusCode?: number }, _request, reply) => {
        const body =
          error instanceof CirrusError
            ? error.toBody()
            : { code: error.validation ? "bad_request" : "internal", message: error.message };
        const status =
          error instanceof CirrusError
            ? error.status
            : error.validation
              ? 400
              : (error.statusCode ?? 500);
        return reply.status(status).send(body);
      },
    );
    controlRoutes(app, options.target);
    if (options.ui) {
      const { uiRoutes } = await import("./ui-routes.js");
      await uiRoutes(app, options.ui.service, options.ui.staticDir);
    }
    await app.listen({ host: "127.0.0.1", port: options.port ?? 0 });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    expectedHost = `127.0.0.1:${port}`;
    const info: ControlInfo = { url: `http://${expectedHost}`, token, pid: process.pid };
    const file = path.join(options.profileDir, CONTROL_FILE);
    await writeFile(file, JSON.stringify(info) + "\n", { mode: 0o600 });
    return new ControlServer(app, info, file);
  }

  async close(): Promise<void> {
    await rm(this.file, { force: true });
    await this.app.close();
  }
}
