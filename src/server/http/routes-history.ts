// Version history and trash.
import { Type, type Static } from "@sinclair/typebox";
import type {} from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { Entry, EntryId, ManifestResponse, TrashItem, Version } from "../../shared/protocol.js";
import { authOf, ERROR_RESPONSES, type RouteContext } from "./context.js";

const IdParams = Type.Object({ id: EntryId });
const VersionParams = Type.Object({ id: EntryId, versionId: Type.String({ maxLength: 64 }) });

export function historyRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Params: Static<typeof IdParams> }>(
    "/v1/entries/:id/versions",
    {
      schema: {
        tags: ["history"],
        params: IdParams,
        response: { 200: Type.Array(Version), ...ERROR_RESPONSES },
      },
    },
    (request) => ctx.metadata.versions(authOf(request).account.id, request.params.id),
  );

  app.get<{ Params: Static<typeof VersionParams> }>(
    "/v1/entries/:id/versions/:versionId/manifest",
    {
      schema: {
        tags: ["history"],
        summary: "The chunk list of one version, to read it without restoring it",
        params: VersionParams,
        response: { 200: ManifestResponse, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      ctx.metadata.versionManifest(
        authOf(request).account.id,
        request.params.id,
        request.params.versionId,
      ),
  );

  app.post<{ Params: Static<typeof VersionParams> }>(
    "/v1/entries/:id/versions/:versionId/restore",
    {
      schema: {
        tags: ["history"],
        summary: "Make an old version current again (as a new version)",
        params: VersionParams,
        response: { 200: Entry, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { account, device } = authOf(request);
      const { id, versionId } = request.params;
      return ctx.sync.mutate(account.id, () =>
        ctx.metadata.restoreVersion(account.id, device.id, id, versionId),
      );
    },
  );

  app.get(
    "/v1/trash",
    {
      schema: { tags: ["history"], response: { 200: Type.Array(TrashItem), ...ERROR_RESPONSES } },
    },
    (request) => ctx.metadata.trash(authOf(request).account.id),
  );

  app.post<{ Params: Static<typeof IdParams> }>(
    "/v1/trash/:id/restore",
    {
      schema: {
        tags: ["history"],
        summary: "Restore a trashed entry to where it was (renamed if the name is taken)",
        params: IdParams,
        response: { 200: Entry, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { account, device } = authOf(request);
      return ctx.sync.mutate(account.id, () =>
        ctx.metadata.restoreTrash(account.id, device.id, request.params.id),
      );
    },
  );

  app.delete<{ Params: Static<typeof IdParams> }>(
    "/v1/trash/:id",
    {
      schema: {
        tags: ["history"],
        summary: "Purge a trashed entry for good",
        params: IdParams,
        response: ERROR_RESPONSES,
      },
    },
    (request, reply) => {
      ctx.metadata.purgeTrash(authOf(request).account.id, request.params.id);
      return reply.status(204).send();
    },
  );
}
