// The portable placeholder form: a small stub file `NAME.EXT.cirrus` beside where the
// file would be (the idea of Nextcloud's suffix mode). It works on every OS and file
// system, and the desktop app registers itself as the handler of `.cirrus` files so
// that opening one downloads the real file.
import { Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import path from "node:path";
import type { FileSystem } from "../env/file-system.js";
import type { PlaceholderMeta, PlaceholderProvider } from "./placeholder-provider.js";
import { tempPathIn } from "../paths/index.js";

export const PLACEHOLDER_SUFFIX = ".cirrus";
/**
 * A stub is JSON naming its entry: a file name of at most 255 bytes, a 64-character
 * hash and a few short fields, well under this even with every character escaped.
 */
const MAX_STUB_BYTES = 2048;
/** How every stub this writer makes begins: anything else is not read further. */
const STUB_START = Buffer.from('{\n  "cirrus": "placeholder"');

const Stub = Type.Object({
  cirrus: Type.Literal("placeholder"),
  version: Type.Literal(1),
  id: Type.String({ minLength: 1, maxLength: 64 }),
  name: Type.String({ minLength: 1 }),
  size: Type.Integer({ minimum: 0 }),
  mtime: Type.Integer(),
  hash: Type.String({ pattern: "^[0-9a-f]{64}$" }),
  rev: Type.Integer({ minimum: 0 }),
});

export class SuffixPlaceholders implements PlaceholderProvider {
  readonly maxSize = MAX_STUB_BYTES;

  constructor(private readonly fs: FileSystem) {}

  diskName(name: string): string {
    return name + PLACEHOLDER_SUFFIX;
  }

  logicalName(diskName: string): string | null {
    if (!diskName.endsWith(PLACEHOLDER_SUFFIX) || diskName.length === PLACEHOLDER_SUFFIX.length) {
      return null;
    }
    return diskName.slice(0, -PLACEHOLDER_SUFFIX.length);
  }

  async read(absPath: string): Promise<PlaceholderMeta | null> {
    const info = await this.fs.promises.stat(absPath).catch(() => null);
    if (!info?.isFile() || info.size > MAX_STUB_BYTES) return null;
    const handle = await this.fs.promises.open(absPath, "r").catch(() => null);
    if (!handle) return null;
    try {
      // Checked first: most files asked about are ordinary ones, read whole for nothing.
      const start = Buffer.alloc(STUB_START.length);
      const { bytesRead } = await handle.read(start, 0, start.length, 0);
      if (bytesRead < start.length || !start.equals(STUB_START)) return null;
      return this.parse(await handle.readFile());
    } catch {
      return null;
    } finally {
      await handle.close();
    }
  }

  parse(bytes: Buffer): PlaceholderMeta | null {
    if (bytes.length > MAX_STUB_BYTES) return null;
    if (!bytes.subarray(0, STUB_START.length).equals(STUB_START)) return null;
    try {
      const parsed: unknown = JSON.parse(bytes.toString("utf8"));
      if (!Value.Check(Stub, parsed)) return null;
      return {
        id: parsed.id,
        name: parsed.name,
        size: parsed.size,
        mtime: parsed.mtime,
        hash: parsed.hash,
        rev: parsed.rev,
      };
    } catch {
      // Not JSON: a user's own file that happens to start like a placeholder.
      return null;
    }
  }

  async write(absPath: string, meta: PlaceholderMeta): Promise<void> {
    const temp = tempPathIn(path.dirname(absPath));
    const body = JSON.stringify({ cirrus: "placeholder", version: 1, ...meta }, null, 2) + "\n";
    try {
      const handle = await this.fs.promises.open(temp, "wx", 0o644);
      try {
        await handle.writeFile(body);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.fs.promises.rename(temp, absPath);
    } finally {
      await this.fs.promises.rm(temp, { force: true });
    }
  }
}
