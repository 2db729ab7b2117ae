// The running client's control API on 127.0.0.1, guarded by a random per-run token
// written to a 0600 file in the profile: the CLI (and later the headless UI) drive a
// running `cirrus sync` through it; nothing else on the machine can.
import { Type, type Static } from "@sinclair/typebox";
import Fastify, { type FastifyInstance } from "fastify";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { SyncFolder } from "../sync/sync-folder.js";
import type { FolderControls } from "./folder-controls.js";

export const CONTROL_FILE = "control.json";

export interface ControlInfo {
  url: string;
  token: string;
  pid: number;
}

const Bandwidth = Type.Object(
  { up: Type.Integer({ minimum: 0 }), down: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
const Conditions = Type.Object(
  { metered: Type.Optional(Type.Boolean()), onBattery: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
const Policies = Type.Object(
  { pauseOnMetered: Type.Optional(Type.Boolean()), pauseOnBattery: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

function sameToken(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(`Bearer ${expected}`);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class ControlServer {
  private constructor(
    private readonly app: FastifyInstance,
    readonly info: ControlInfo,
    private readonly file: string,
  ) {}

  static async start(options: {
    profileDir: string;
    folder: SyncFolder;
    controls: FolderControls;
  }): Promise<ControlServer> {
    const token = randomBytes(32).toString("base64url");
    const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
    app.addHook("onRequest", (request, reply, done) => {
      if (!sameToken(request.headers.authorization, token)) {
        void reply
          .status(401)
          .send({ code: "unauthorized", message: "missing or wrong control token" });
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
        return reply
          .status(error instanceof CirrusError ? error.status : (error.statusCode ?? 500))
          .send(body);
      },
    );
    const { folder, controls } = options;
    const state = () => ({
      ...folder.status(),
      pauseReason: controls.reason,
      bandwidth: controls.bandwidth(),
    });
    app.get("/api/status", () => state());
    app.post("/api/pause", async () => {
      await controls.setPaused(true);
      return state();
    });
    app.post("/api/resume", async () => {
      await controls.setPaused(false);
      return state();
    });
    app.post("/api/sync-now", () => {
      controls.syncNow();
      return state();
    });
    app.put<{ Body: Static<typeof Bandwidth> }>(
      "/api/bandwidth",
      { schema: { body: Bandwidth } },
      async (request) => {
        await controls.setBandwidth(request.body);
        return state();
      },
    );
    app.put<{ Body: Static<typeof Conditions> }>(
      "/api/conditions",
      { schema: { body: Conditions } },
      (request) => {
        controls.setConditions(request.body);
        return state();
      },
    );
    app.put<{ Body: Static<typeof Policies> }>(
      "/api/policies",
      { schema: { body: Policies } },
      async (request) => {
        await controls.setPolicies(request.body);
        return state();
      },
    );
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const info: ControlInfo = { url: `http://127.0.0.1:${port}`, token, pid: process.pid };
    const file = path.join(options.profileDir, CONTROL_FILE);
    await writeFile(file, JSON.stringify(info) + "\n", { mode: 0o600 });
    return new ControlServer(app, info, file);
  }

  async close(): Promise<void> {
    await rm(this.file, { force: true });
    await this.app.close();
  }
}
