// On-demand files: placeholders that stand for server files without their bytes.
export type { PlaceholderMeta, PlaceholderProvider } from "./placeholder-provider.js";
export { PLACEHOLDER_SUFFIX, SuffixPlaceholders } from "./suffix-placeholders.js";
