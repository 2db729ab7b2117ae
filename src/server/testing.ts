// For the server's unit tests of chunk collection: a metadata store and a chunk store
// in a temp folder on a clock the test moves, with the sync service over them and one
// account. Real SQLite and real pack files; nothing is mocked.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AccountLocks } from "./account-lock.js";
import { LocalBlobStore } from "./blob/local-blob-store.js";
import { SqliteMetadataStore } from "./metadata/sqlite-store.js";
import { PushHub } from "./push/push-hub.js";
import { SyncService } from "./sync-service.js";

export class CollectorFixture {
  /** The clock of both stores, epoch ms: tests move it past grace periods. */
  now = 1_000_000;
  metadata: SqliteMetadataStore;
  sync: SyncService;
  readonly account: number;

  private constructor(
    readonly dir: string,
    private readonly keepCount: number,
    readonly blobs: LocalBlobStore,
  ) {
    this.metadata = this.openMetadata();
    this.sync = this.service();
    this.account = this.metadata.createAccount("alice", "x", null).id;
  }

  static async open(options: { keepCount: number }): Promise<CollectorFixture> {
    const dir = await mkdtemp(path.join(tmpdir(), "cirrus-collector-"));
    let fixture: CollectorFixture | null = null;
    const blobs = await LocalBlobStore.open({
      dir: path.join(dir, "chunks"),
      now: () => fixture?.now ?? 0,
      touchSlackMs: 0,
    });
    fixture = new CollectorFixture(dir, options.keepCount, blobs);
    return fixture;
  }

  /** A new metadata store on the same folder (a restart); the test closed the old one. */
  openMetadata(): SqliteMetadataStore {
    return new SqliteMetadataStore({
      dataDir: this.dir,
      retention: { keepCount: this.keepCount, keepDays: 30, trashDays: 30 },
      now: () => this.now,
    });
  }

  /** Restart the metadata store and the service over it. */
  reopen(): void {
    this.metadata.close();
    this.metadata = this.openMetadata();
    this.sync = this.service();
  }

  async close(): Promise<void> {
    await this.blobs.close();
    this.metadata.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  private service(): SyncService {
    return new SyncService(this.metadata, this.blobs, new PushHub(), new AccountLocks());
  }
}
