// Local paths: maps server names to paths that stay inside the sync root, compares names across case and Unicode forms, and words what the file system refused.

export {
  fromRelPosix,
  isStrictlyInside,
  localPathFor,
  toRelPosix,
  type PathOptions,
} from "./local-path.js";
export { assertNoSymlinkEscape } from "./symlinks.js";
export { caseFoldCollisions, isCaseInsensitiveFs, normalizeDiskName } from "./unicode.js";
export { tempPathIn } from "./temp-path.js";
export { localFailure, type LocalFailure } from "./local-errors.js";
