// The wire protocol between client and cloud endpoint. These TypeBox schemas are
// plain JSON Schema: the server validates every request with them and generates its
// OpenAPI document from them; the client uses the static types.
import { Type, type Static, type TSchema } from "@sinclair/typebox";

export const API_PREFIX = "/v1";

/** Limits shared by both sides, so a client never builds a request the server refuses. */
export const LIMITS = {
  maxJsonBody: 16 * 1024 * 1024,
  /**
   * Bodies of the commit routes (/v1/ops, /v1/files): room for one commit of the
   * largest manifest (maxManifestChunks refs at ~90 bytes of JSON each, ~19 GiB of
   * content). Clients send several small commits in requests of their own, well under it.
   */
  maxCommitBody: 96 * 1024 * 1024,
  /** Chunks in one file version's manifest. */
  maxManifestChunks: 1_000_000,
  /** Ops of a manifest patch (a commit that changes more sends the whole manifest). */
  maxPatchOps: 200_000,
  maxChunkSize: 8 * 1024 * 1024,
  maxBatchChunkBytes: 32 * 1024 * 1024,
  maxMissingQuery: 20_000,
  maxBatchOps: 10_000,
  maxChangesPage: 5_000,
  /** A chunk delta's runs (chunk-delta.ts): chunks and bytes on each side. */
  maxDeltaRunChunks: 64,
  maxDeltaRunBytes: 4 * 1024 * 1024,
  /** Manifests up to this many chunks travel inline in the change feed. */
  inlineManifestChunks: 32,
  /** Chunks per announcement of an upload in progress (IncomingChunks). */
  maxIncomingChunks: 4096,
} as const;

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ChunkId = Type.String({ pattern: "^[0-9a-f]{64}$", description: "SHA-256 hex" });
export const EntryId = Type.String({ pattern: "^[A-Za-z0-9_-]{1,64}$" });
export const Name = Type.String({ minLength: 1, maxLength: 1024 });
export const Revision = Type.Integer({ minimum: 0 });

export const ChunkRef = Type.Object(
  { id: ChunkId, size: Type.Integer({ minimum: 1, maximum: LIMITS.maxChunkSize }) },
  { additionalProperties: false },
);
export type ChunkRef = Static<typeof ChunkRef>;

/**
 * A manifest relative to an older one: each op either copies a run of chunks from
 * the base manifest or adds a new chunk. A local edit of a huge file then costs a
 * few ops on the wire instead of the whole chunk list.
 */
export const ManifestPatch = Type.Object(
  {
    baseRev: Revision,
    ops: Type.Array(
      Type.Union([
        Type.Object(
          {
            copy: Type.Integer({ minimum: 0 }),
            count: Type.Integer({ minimum: 1 }),
          },
          { additionalProperties: false },
        ),
        ChunkRef,
      ]),
      { maxItems: LIMITS.maxPatchOps },
    ),
  },
  { additionalProperties: false },
);
export type ManifestPatch = Static<typeof ManifestPatch>;

export const EntryKind = Type.Union([Type.Literal("file"), Type.Literal("folder")]);
export type EntryKind = Static<typeof EntryKind>;

export const Entry = Type.Object({
  id: EntryId,
  parentId: Nullable(EntryId),
  name: Type.String(),
  kind: EntryKind,
  size: Type.Integer({ minimum: 0 }),
  mtime: Type.Integer({ description: "milliseconds since the epoch" }),
  hash: Nullable(ChunkId),
  rev: Revision,
  deleted: Type.Boolean(),
  deviceId: Nullable(Type.String()),
  chunkCount: Type.Integer({ minimum: 0 }),
  /** Present in change pages for small manifests, and in GET /entries/:id. */
  chunks: Type.Optional(Type.Array(ChunkRef)),
});
export type Entry = Static<typeof Entry>;

export const ROOT_ID = "root";

// ---- operations ------------------------------------------------------------

export const CommitOp = Type.Object(
  {
    op: Type.Literal("commit"),
    id: Type.Optional(EntryId),
    parentId: EntryId,
    name: Name,
    size: Type.Integer({ minimum: 0 }),
    mtime: Type.Integer(),
    hash: ChunkId,
    baseRev: Nullable(Revision),
    chunks: Type.Optional(Type.Array(ChunkRef, { maxItems: LIMITS.maxManifestChunks })),
    patch: Type.Optional(ManifestPatch),
  },
  { additionalProperties: false },
);
export type CommitOp = Static<typeof CommitOp>;

export const MkdirOp = Type.Object(
  {
    op: Type.Literal("mkdir"),
    parentId: EntryId,
    name: Name,
    mtime: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);
export type MkdirOp = Static<typeof MkdirOp>;

export const MoveOp = Type.Object(
  {
    op: Type.Literal("move"),
    id: EntryId,
    parentId: EntryId,
    name: Name,
    baseRev: Revision,
  },
  { additionalProperties: false },
);
export type MoveOp = Static<typeof MoveOp>;

export const DeleteOp = Type.Object(
  { op: Type.Literal("delete"), id: EntryId, baseRev: Revision },
  { additionalProperties: false },
);
export type DeleteOp = Static<typeof DeleteOp>;

export const Op = Type.Union([CommitOp, MkdirOp, MoveOp, DeleteOp]);
export type Op = Static<typeof Op>;

export const ErrorBodySchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  detail: Type.Optional(Type.Unknown()),
});

export const OpResult = Type.Union([
  Type.Object({ ok: Type.Literal(true), entry: Entry }),
  Type.Object({ ok: Type.Literal(false), error: ErrorBodySchema }),
]);
export type OpResult = Static<typeof OpResult>;

export const BatchRequest = Type.Object(
  { ops: Type.Array(Op, { minItems: 1, maxItems: LIMITS.maxBatchOps }) },
  { additionalProperties: false },
);
export type BatchRequest = Static<typeof BatchRequest>;
export const BatchResponse = Type.Object({
  results: Type.Array(OpResult),
  /** The account's cursor after the batch. */
  cursor: Revision,
  /**
   * The cursor just before the batch. When it is the caller's own cursor and the
   * results carry every revision between the two, the batch was the only change
   * meanwhile: the caller may move its cursor on without reading the feed back.
   */
  since: Type.Optional(Revision),
});
export type BatchResponse = Static<typeof BatchResponse>;

// ---- accounts and devices -------------------------------------------------------

export const LoginRequest = Type.Object(
  {
    user: Type.String({ minLength: 1, maxLength: 128 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    deviceName: Type.String({ minLength: 1, maxLength: 128 }),
    totp: Type.Optional(Type.String({ pattern: "^[0-9]{6,8}$" })),
  },
  { additionalProperties: false },
);
export type LoginRequest = Static<typeof LoginRequest>;

export const LoginResponse = Type.Object({
  token: Type.String(),
  deviceId: Type.String(),
  user: Type.String(),
  fingerprint: Type.String(),
});
export type LoginResponse = Static<typeof LoginResponse>;

export const Device = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.Integer(),
  lastSeenAt: Nullable(Type.Integer()),
  current: Type.Boolean(),
});
export type Device = Static<typeof Device>;

export const AccountInfo = Type.Object({
  user: Type.String(),
  deviceId: Type.String(),
  cursor: Revision,
  fingerprint: Type.String(),
  usedBytes: Type.Integer({ minimum: 0 }),
  quotaBytes: Nullable(Type.Integer({ minimum: 0 })),
  totpEnabled: Type.Boolean(),
});
export type AccountInfo = Static<typeof AccountInfo>;

export const TotpEnrollResponse = Type.Object({ secret: Type.String(), uri: Type.String() });
export const TotpCode = Type.Object(
  { code: Type.String({ pattern: "^[0-9]{6,8}$" }) },
  { additionalProperties: false },
);

// ---- chunks -----------------------------------------------------------------------

export const MissingRequest = Type.Object(
  { ids: Type.Array(ChunkId, { maxItems: LIMITS.maxMissingQuery }) },
  { additionalProperties: false },
);
export const MissingResponse = Type.Object({ missing: Type.Array(ChunkId) });
export const ChunkGetRequest = Type.Object(
  { ids: Type.Array(ChunkId, { minItems: 1, maxItems: 4096 }) },
  { additionalProperties: false },
);
/** A run of new chunks asked for as the difference from a run of old ones (chunk-delta.ts). */
export const ChunkDeltaRequest = Type.Object(
  {
    chunks: Type.Array(ChunkId, { minItems: 1, maxItems: LIMITS.maxDeltaRunChunks }),
    base: Type.Array(ChunkId, { minItems: 1, maxItems: LIMITS.maxDeltaRunChunks }),
  },
  { additionalProperties: false },
);

// ---- changes, versions, trash ---------------------------------------------------

export const ChangesResponse = Type.Object({
  entries: Type.Array(Entry),
  cursor: Revision,
  more: Type.Boolean(),
  fingerprint: Type.String(),
});
export type ChangesResponse = Static<typeof ChangesResponse>;

export const ManifestResponse = Type.Object({
  rev: Revision,
  chunks: Type.Optional(Type.Array(ChunkRef)),
  patch: Type.Optional(ManifestPatch),
});
export type ManifestResponse = Static<typeof ManifestResponse>;

export const Version = Type.Object({
  id: Type.String(),
  rev: Revision,
  size: Type.Integer(),
  mtime: Type.Integer(),
  hash: ChunkId,
  deviceId: Nullable(Type.String()),
  createdAt: Type.Integer(),
  current: Type.Boolean(),
});
export type Version = Static<typeof Version>;

export const TrashItem = Type.Object({
  id: EntryId,
  name: Type.String(),
  kind: EntryKind,
  size: Type.Integer(),
  parentId: Nullable(EntryId),
  path: Type.String({ description: "path at deletion time" }),
  deletedAt: Type.Integer(),
});
export type TrashItem = Static<typeof TrashItem>;

/**
 * Chunks of a large file a device is uploading, stored on the server already, in the
 * file's byte order (offsets), before the file is committed: the account's other
 * devices may fetch them meanwhile (engine/sync/incoming-files.ts). Nothing here is
 * trusted: the receiver checks the path as it would any name, and the commit's
 * manifest decides what the file is.
 */
export const IncomingChunks = Type.Object(
  {
    upload: Type.String({
      pattern: "^[A-Za-z0-9_-]{8,64}$",
      description: "the sender's id for this upload of the file",
    }),
    path: Type.String({ minLength: 1, maxLength: 4096, description: "relative, '/'-separated" }),
    size: Type.Integer({ minimum: 0, description: "the file's size as hashed" }),
    chunks: Type.Array(
      Type.Object(
        {
          id: ChunkId,
          size: Type.Integer({ minimum: 1, maximum: LIMITS.maxChunkSize }),
          offset: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: LIMITS.maxIncomingChunks },
    ),
  },
  { additionalProperties: false },
);
export type IncomingChunks = Static<typeof IncomingChunks>;

export const PushMessage = Type.Object({
  type: Type.Union([
    Type.Literal("cursor"),
    Type.Literal("revoked"),
    Type.Literal("hello"),
    Type.Literal("incoming"),
  ]),
  cursor: Type.Optional(Revision),
  fingerprint: Type.Optional(Type.String()),
  /** With type "incoming": another device's upload in progress. */
  incoming: Type.Optional(IncomingChunks),
});
export type PushMessage = Static<typeof PushMessage>;

/**
 * Framing for binary chunk batches (upload and download): repeated
 * [32-byte SHA-256][4-byte big-endian length][bytes].
 */
export const CHUNK_FRAME_HEADER = 36;
