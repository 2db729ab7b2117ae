// How a dehydrated (on-demand) file is represented on disk. The planner only sees
// "this Local node is a placeholder"; this interface hides the form, so OS-native
// forms (Windows Cloud Files, macOS File Provider, a FUSE mount) can be added later
// without touching the planner.

/** What a placeholder records about the server file it stands for. */
export interface PlaceholderMeta {
  id: string;
  name: string;
  size: number;
  mtime: number;
  hash: string;
  rev: number;
}

export interface PlaceholderProvider {
  /** The on-disk name of the placeholder for a file named `name`. */
  diskName(name: string): string;
  /** The file name a placeholder's on-disk name stands for, or null if it is not one. */
  logicalName(diskName: string): string | null;
  /** Files larger than this are never placeholders (callers skip reading them). */
  readonly maxSize: number;
  /** Read a placeholder; null when the file is not a valid one (then it is a normal file). */
  read(absPath: string): Promise<PlaceholderMeta | null>;
  /** The same check on a file's bytes already read. */
  parse(bytes: Buffer): PlaceholderMeta | null;
  /** Create or replace a placeholder atomically (temp file + rename). */
  write(absPath: string, meta: PlaceholderMeta): Promise<void>;
}
