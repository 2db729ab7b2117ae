// Reads chunk bytes back from local files at known offsets, verifying each against
// its SHA-256 id: a file that changed since it was hashed yields null, not bad data.
import { sha256Hex } from "../chunking/sha256.js";
import type { FileSystem, OpenFile } from "../env/file-system.js";

export async function readVerifiedChunk(
  handle: OpenFile,
  offset: number,
  size: number,
  id: string,
): Promise<Buffer | null> {
  const buffer = await readExactly(handle, offset, size);
  return buffer && sha256Hex(buffer) === id ? buffer : null;
}

/** `size` bytes at `offset`, or null when the file ends before them. */
export async function readExactly(
  handle: OpenFile,
  offset: number,
  size: number,
): Promise<Buffer | null> {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const { bytesRead } = await handle.read(buffer, read, size - read, offset + read);
    if (bytesRead === 0) return null;
    read += bytesRead;
  }
  return buffer;
}

/** Open a file for reading, or null when it is gone or unreadable. */
export async function openForRead(fs: FileSystem, file: string): Promise<OpenFile | null> {
  try {
    return await fs.promises.open(file, "r");
  } catch {
    return null;
  }
}
