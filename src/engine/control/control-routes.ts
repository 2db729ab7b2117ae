// The control routes the CLI uses against a running sync: status, pause, resume,
// sync now, bandwidth, host conditions and pause policies.
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { CirrusError } from "../../shared/errors.js";
import type { SyncFolder } from "../sync/sync-folder.js";
import type { FolderControls } from "./folder-controls.js";

export interface ControlTarget {
  folder: SyncFolder;
  controls: FolderControls;
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
  {
    pauseOnMetered: Type.Optional(Type.Boolean()),
    pauseOnBattery: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export function controlRoutes(app: FastifyInstance, target: () => ControlTarget | null): void {
  const need = (): ControlTarget => {
    const current = target();
    if (!current) throw new CirrusError("not_logged_in", "no folder is syncing yet");
    return current;
  };
  const state = () => {
    const { folder, controls } = need();
    return { ...folder.status(), pauseReason: controls.reason, bandwidth: controls.bandwidth() };
  };
  app.get("/api/status", () => state());
  app.post("/api/pause", async () => {
    await need().controls.setPaused(true);
    return state();
  });
  app.post("/api/resume", async () => {
    await need().controls.setPaused(false);
    return state();
  });
  app.post("/api/sync-now", () => {
    need().controls.syncNow();
    return state();
  });
  app.put<{ Body: Static<typeof Bandwidth> }>(
    "/api/bandwidth",
    { schema: { body: Bandwidth } },
    async (request) => {
      await need().controls.setBandwidth(request.body);
      return state();
    },
  );
  app.put<{ Body: Static<typeof Conditions> }>(
    "/api/conditions",
    { schema: { body: Conditions } },
    (request) => {
      need().controls.setConditions(request.body);
      return state();
    },
  );
  app.put<{ Body: Static<typeof Policies> }>(
    "/api/policies",
    { schema: { body: Policies } },
    async (request) => {
      await need().controls.setPolicies(request.body);
      return state();
    },
  );
}
