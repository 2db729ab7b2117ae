// Manifest patches: a file's chunk list expressed against an older one, so an edit
// in the middle of a huge file costs a few chunk refs on the wire, not the whole list.
import { CirrusError } from "./errors.js";
import type { ChunkRef, ManifestPatch } from "./protocol.js";

/** Rebuild a full chunk list from a patch and the manifest it was made against. */
export function applyPatch(base: readonly ChunkRef[], patch: ManifestPatch): ChunkRef[] {
  const out: ChunkRef[] = [];
  for (const op of patch.ops) {
    if ("copy" in op) {
      if (op.copy + op.count > base.length) {
        throw new CirrusError("bad_request", "manifest patch copies past the end of its base");
      }
      for (let i = op.copy; i < op.copy + op.count; i++) out.push(base[i] as ChunkRef);
    } else {
      out.push(op);
    }
  }
  return out;
}

/**
 * A patch from `base` to `next` keeping their common prefix and suffix. Edits to big
 * files are local (content-defined chunking confines them), so this is near-minimal
 * where it matters and linear in time.
 */
export function diffManifests(
  baseRev: number,
  base: readonly ChunkRef[],
  next: readonly ChunkRef[],
): ManifestPatch {
  let prefix = 0;
  const shortest = Math.min(base.length, next.length);
  while (prefix < shortest && sameChunk(base[prefix], next[prefix])) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    sameChunk(base[base.length - 1 - suffix], next[next.length - 1 - suffix])
  ) {
    suffix++;
  }
  const ops: ManifestPatch["ops"] = [];
  if (prefix > 0) ops.push({ copy: 0, count: prefix });
  for (let i = prefix; i < next.length - suffix; i++) ops.push(next[i] as ChunkRef);
  if (suffix > 0) ops.push({ copy: base.length - suffix, count: suffix });
  return { baseRev, ops };
}

function sameChunk(a: ChunkRef | undefined, b: ChunkRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.id === b.id && a.size === b.size;
}
