// Chunk upload and download: a bulk "which are missing" query, framed batches for
// many small chunks, and a raw body for a single big one.
import { Type } from "@sinclair/typebox";
import type {} from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { Readable } from "node:stream";
import { frameHeader } from "../../shared/chunk-framing.js";
import { CirrusError } from "../../shared/errors.js";
import {
  CHUNK_FRAME_HEADER,
  ChunkDeltaRequest,
  ChunkGetRequest,
  ChunkId,
  LIMITS,
  MissingRequest,
  MissingResponse,
} from "../../shared/protocol.js";
import { authOf, ERROR_RESPONSES, type RouteContext } from "./context.js";
import { OctetBody } from "./octet-body.js";

const OCTETS = "application/octet-stream";
const Stored = Type.Object({ stored: Type.Integer() });

export function chunkRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post<{ Body: { ids: string[] } }>(
    "/v1/chunks/missing",
    {
      schema: {
        tags: ["chunks"],
        summary: "Which of these chunks this account does not hold yet",
        body: MissingRequest,
        response: { 200: MissingResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({
      missing: await ctx.sync.missingChunks(authOf(request).account.id, request.body.ids),
    }),
  );

  app.post<{ Body: OctetBody }>(
    "/v1/chunks",
    {
      bodyLimit: LIMITS.maxBatchChunkBytes + 4096 * CHUNK_FRAME_HEADER,
      schema: {
        tags: ["chunks"],
        summary: "Upload many chunks in one framed body ([sha256][u32 length][bytes]…)",
        consumes: [OCTETS],
        response: { 200: Stored, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const chunks = requireOctets(request.body)
        .frames(LIMITS.maxChunkSize)
        .map((c) => ({
          id: c.id,
          data: Buffer.from(c.data.buffer, c.data.byteOffset, c.data.byteLength),
        }));
      await ctx.sync.storeChunks(authOf(request).account.id, chunks);
      return { stored: chunks.length };
    },
  );

  app.put<{ Params: { id: string }; Body: OctetBody }>(
    "/v1/chunks/:id",
    {
      bodyLimit: LIMITS.maxChunkSize,
      schema: {
        tags: ["chunks"],
        summary: "Upload one chunk as a raw body",
        consumes: [OCTETS],
        params: Type.Object({ id: ChunkId }),
        response: { 200: Stored, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const data = requireOctets(request.body).toBuffer();
      if (data.length === 0) throw new CirrusError("bad_request", "a chunk cannot be empty");
      await ctx.sync.storeChunks(authOf(request).account.id, [{ id: request.params.id, data }]);
      return { stored: 1 };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/v1/chunks/:id",
    {
      schema: {
        tags: ["chunks"],
        params: Type.Object({ id: ChunkId }),
        response: ERROR_RESPONSES,
      },
    },
    async (request, reply) => {
      const data = await ctx.sync.readChunk(authOf(request).account.id, request.params.id);
      return reply.type(OCTETS).send(data);
    },
  );

  app.post<{ Body: { ids: string[] } }>(
    "/v1/chunks/fetch",
    {
      schema: {
        tags: ["chunks"],
        summary: "Download many chunks as one framed stream, in the order asked",
        body: ChunkGetRequest,
        response: ERROR_RESPONSES,
      },
    },
    async (request, reply) => {
      const { ids } = request.body;
      // Throws not_found before the reply starts when any chunk is absent.
      const chunks = ctx.sync.readChunks(authOf(request).account.id, ids);
      async function* frames(): AsyncGenerator<Buffer> {
        let i = 0;
        for await (const data of chunks) {
          yield Buffer.from(frameHeader(ids[i++] as string, data.length));
          yield data;
        }
      }
      return reply.type(OCTETS).send(Readable.from(frames()));
    },
  );

  app.post<{ Body: { chunks: string[]; base: string[] } }>(
    "/v1/chunks/delta",
    {
      schema: {
        tags: ["chunks"],
        summary:
          "A run of chunks as its difference from a run of older chunks: [u32 kept prefix][u32 kept suffix][bytes between]",
        body: ChunkDeltaRequest,
        response: ERROR_RESPONSES,
      },
    },
    async (request, reply) => {
      const { chunks, base } = request.body;
      const delta = await ctx.sync.chunkDelta(authOf(request).account.id, chunks, base);
      return reply.type(OCTETS).send(Buffer.from(delta.buffer, delta.byteOffset, delta.byteLength));
    },
  );
}

function requireOctets(body: unknown): OctetBody {
  if (!(body instanceof OctetBody)) {
    throw new CirrusError("unsupported_media_type", `send chunks as ${OCTETS}`);
  }
  return body;
}
