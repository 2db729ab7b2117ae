// File and folder operations (single and batched) and the change feed.
import { Type, type Static } from "@sinclair/typebox";
import type {} from "@fastify/swagger";
import type { FastifyInstance, FastifyReply } from "fastify";
import { CirrusError } from "../../shared/errors.js";
import {
  BatchRequest,
  BatchResponse,
  ChangesResponse,
  CommitOp,
  Entry,
  EntryId,
  LIMITS,
  ManifestResponse,
  MkdirOp,
  MoveOp,
  Revision,
  type Op,
} from "../../shared/protocol.js";
import { authOf, ERROR_RESPONSES, type RouteContext } from "./context.js";
import { sendJson } from "./json-reply.js";

const IdParams = Type.Object({ id: EntryId });
type IdParams = Static<typeof IdParams>;
const withoutOp = <T extends typeof CommitOp | typeof MkdirOp | typeof MoveOp>(schema: T) =>
  Type.Omit(schema, ["op"], { additionalProperties: false });
const MoveBody = Type.Omit(MoveOp, ["op", "id"], { additionalProperties: false });
const ChangesQuery = Type.Object({
  cursor: Type.Integer({ minimum: 0, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: LIMITS.maxChangesPage, default: 1000 }),
});
const ManifestQuery = Type.Object({ haveRev: Type.Optional(Revision) });
const DeleteQuery = Type.Object({ baseRev: Revision });

export function entryRoutes(app: FastifyInstance, ctx: RouteContext): void {
  /** Run one op through the batch path and answer with its entry or its error. */
  async function single(request: Parameters<typeof authOf>[0], reply: FastifyReply, op: Op) {
    const { account, device } = authOf(request);
    const { results } = await ctx.sync.applyOps(account.id, device.id, [op]);
    const result = results[0];
    if (!result) throw new CirrusError("internal", "no result for the operation");
    if (!result.ok) {
      const code = result.error.code as CirrusError["code"];
      throw new CirrusError(code, result.error.message, result.error.detail);
    }
    return reply.send(result.entry);
  }

  const entryResponse = { 200: Entry, ...ERROR_RESPONSES };

  app.post<{ Body: BatchRequest }>(
    "/v1/ops",
    {
      // A commit of a file of many GiB carries its whole manifest (protocol.ts).
      bodyLimit: LIMITS.maxCommitBody,
      schema: {
        tags: ["entries"],
        summary: "Apply many operations in one request, with a result per operation",
        body: BatchRequest,
        response: { 200: BatchResponse, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { account, device } = authOf(request);
      const response: BatchResponse = await ctx.sync.applyOps(
        account.id,
        device.id,
        request.body.ops,
      );
      return sendJson(reply, response);
    },
  );

  app.post<{ Body: Omit<CommitOp, "op"> }>(
    "/v1/files",
    {
      bodyLimit: LIMITS.maxCommitBody,
      schema: {
        tags: ["entries"],
        summary: "Commit a file: create it, or a new version against baseRev",
        body: withoutOp(CommitOp),
        response: entryResponse,
      },
    },
    (request, reply) => single(request, reply, { op: "commit", ...request.body }),
  );

  app.post<{ Body: Omit<MkdirOp, "op"> }>(
    "/v1/folders",
    { schema: { tags: ["entries"], body: withoutOp(MkdirOp), response: entryResponse } },
    (request, reply) => single(request, reply, { op: "mkdir", ...request.body }),
  );

  app.post<{ Params: IdParams; Body: Static<typeof MoveBody> }>(
    "/v1/entries/:id/move",
    {
      schema: {
        tags: ["entries"],
        summary: "Move or rename an entry (a folder moves with everything in it)",
        params: IdParams,
        body: MoveBody,
        response: entryResponse,
      },
    },
    (request, reply) =>
      single(request, reply, { op: "move", id: request.params.id, ...request.body }),
  );

  app.delete<{ Params: IdParams; Querystring: Static<typeof DeleteQuery> }>(
    "/v1/entries/:id",
    {
      schema: {
        tags: ["entries"],
        summary: "Move an entry to the trash",
        params: IdParams,
        querystring: DeleteQuery,
        response: entryResponse,
      },
    },
    (request, reply) =>
      single(request, reply, {
        op: "delete",
        id: request.params.id,
        baseRev: request.query.baseRev,
      }),
  );

  app.get<{ Params: IdParams }>(
    "/v1/entries/:id",
    { schema: { tags: ["entries"], params: IdParams, response: entryResponse } },
    (request) => {
      const entry = ctx.metadata.getEntry(authOf(request).account.id, request.params.id);
      if (!entry) throw new CirrusError("not_found", `no entry ${request.params.id}`);
      return entry;
    },
  );

  app.get<{ Params: IdParams; Querystring: Static<typeof ManifestQuery> }>(
    "/v1/entries/:id/manifest",
    {
      schema: {
        tags: ["entries"],
        summary: "The chunk list, or a patch against haveRev when the server still has it",
        params: IdParams,
        querystring: ManifestQuery,
        response: { 200: ManifestResponse, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      ctx.metadata.manifest(
        authOf(request).account.id,
        request.params.id,
        request.query.haveRev ?? null,
      ),
  );

  app.get<{ Querystring: Static<typeof ChangesQuery> }>(
    "/v1/changes",
    {
      schema: {
        tags: ["entries"],
        summary: "Entries changed since a cursor, in order, paged",
        querystring: ChangesQuery,
        response: { 200: ChangesResponse, ...ERROR_RESPONSES },
      },
    },
    (request, reply) => {
      const page = ctx.metadata.changes(
        authOf(request).account.id,
        request.query.cursor,
        request.query.limit,
      );
      const response: ChangesResponse = { ...page, fingerprint: ctx.metadata.fingerprint() };
      return sendJson(reply, response);
    },
  );
}
