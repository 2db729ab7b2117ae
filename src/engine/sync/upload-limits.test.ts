// A file whose manifest the server would refuse is reported, and nothing of it is sent.
import { describe, expect, it } from "vitest";
import { NODE_FS } from "../env/file-system.js";
import { TempIndex } from "../index/testing.js";
import { RemoteClient } from "../remote/index.js";
import { LIMITS } from "../../shared/protocol.js";
import { uploadContent } from "./upload.js";

describe("uploadContent limits", () => {
  it("refuses a file of more than 1,000,000 chunks with a clear error, without a request", async () => {
    const temp = await TempIndex.open("cirrus-upload-limits-");
    // Nothing listens on port 9: a request would fail as "offline", not as refused.
    const remote = new RemoteClient({ baseUrl: "http://127.0.0.1:9", retries: 0 });
    try {
      const count = LIMITS.maxManifestChunks + 1;
      const chunk = { id: "ab".repeat(32), size: 20_000 };
      temp.index.putCachedFile({
        path: "vm/disk.img",
        ino: 1,
        size: count * chunk.size,
        mtimeMs: 1,
        ctimeMs: 1,
        hash: "cd".repeat(32),
        chunks: Array.from({ length: count }, () => chunk),
      });
      const sent: number[] = [];
      const { ready, failed } = await uploadContent({
        fs: NODE_FS,
        root: "/nonexistent",
        index: temp.index,
        remote,
        onBytes: (bytes) => sent.push(bytes),
        items: [
          {
            diskRel: "vm/disk.img",
            rel: "vm/disk.img",
            hash: "cd".repeat(32),
            size: count * chunk.size,
            commit: {
              op: "commit",
              parentId: "root",
              name: "disk.img",
              size: count * chunk.size,
              mtime: 1,
              hash: "cd".repeat(32),
              baseRev: null,
            },
          },
        ],
      });
      expect(ready).toEqual([]);
      expect(sent).toEqual([]);
      expect(failed).toHaveLength(1);
      expect(failed[0]?.error.code).toBe("payload_too_large");
      expect(failed[0]?.error.message).toMatch(
        /vm\/disk\.img is cut into 1,000,001 chunks; a file of more than 1,000,000 chunks/,
      );
    } finally {
      await remote.close();
      await temp.close();
    }
  }, 60_000);
});
