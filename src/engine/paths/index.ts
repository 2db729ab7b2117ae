// Local paths: maps server names to paths that stay inside the sync root, and compares names across case and Unicode forms.

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
