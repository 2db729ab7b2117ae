// The seam between the API and chunk storage. The default implementation keeps
// pack files under --data; an S3-compatible one can implement the same interface.

/** A chunk as the client sent it: the id must be the SHA-256 (hex) of `data`. */
export interface IncomingChunk {
  id: string;
  data: Buffer;
}

export interface ChunkReads {
  missing: string[];
  chunks: AsyncIterable<Buffer>;
}

export interface BlobStore {
  /**
   * Which of `ids` this account does not hold. Ids the account does hold are
   * "touched", so the collector leaves them alone for the grace period while the
   * client goes on to commit a manifest that references them.
   */
  missing(account: string, ids: readonly string[]): Promise<string[]>;

  /**
   * Verify each chunk's SHA-256 against its id (CirrusError "hash_mismatch" when
   * wrong, and nothing from that call is stored) and store them for this account.
   * Resolves only once the chunks are durable (they survive kill -9 and power loss).
   * Storing a chunk the account already has is a no-op that touches it.
   */
  putMany(account: string, chunks: readonly IncomingChunk[]): Promise<void>;

  /** The chunk's bytes, or null when this account does not hold it. */
  get(account: string, id: string): Promise<Buffer | null>;

  /**
   * Many chunks in the order asked: `missing` lists the ids this account does not
   * hold (nothing is read then); otherwise `chunks` yields each one's bytes, reading
   * chunks stored together at once and holding a few MiB at a time, whatever the count.
   */
  getMany(account: string, ids: readonly string[]): ChunkReads;

  /** Ids of this account's chunks neither stored nor touched since `cutoffMs` (epoch ms). */
  listIdle(account: string, cutoffMs: number): Promise<string[]>;

  /**
   * Forget chunks (the collector calls this for unreferenced idle chunks). With
   * `idleBefore`, a chunk stored or touched since then is kept: a client was told it
   * exists after the collector listed it.
   */
  delete(account: string, ids: readonly string[], idleBefore?: number): Promise<void>;

  /** Accounts that hold at least one chunk. */
  accounts(): Promise<string[]>;

  /** Reclaim space left by deleted chunks (for pack files: rewrite sparse packs). */
  compact(): Promise<void>;

  close(): Promise<void>;
}
