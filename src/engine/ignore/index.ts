// Ignore rules: what the engine does not sync (built-ins, .cirrusignore, excluded folders), and why.

export {
  BUILTIN_IGNORE_GROUPS,
  ENGINE_NAME_PREFIX,
  builtinIgnorePattern,
  isBuiltinIgnored,
  isEngineName,
  type BuiltinIgnoreGroup,
  type EntryKind,
} from "./builtin.js";
export {
  CIRRUSIGNORE_FILE,
  IgnoreRules,
  type IgnoreReason,
  type SkipReason,
} from "./ignore-rules.js";
