// The server's one typed configuration object, with defaults, validated once at start.
import path from "node:path";

export interface ServerConfig {
  dataDir: string;
  host: string;
  port: number;
  tls: { cert: string; key: string } | null;
  insecureHttp: boolean;
  /**
   * Versions of a file kept: at most the `keepCount` newest, and of those only the ones
   * newer than `keepDays` (the current version is always kept).
   */
  versions: { keepCount: number; keepDays: number };
  trashDays: number;
  gc: { intervalMs: number; graceMs: number };
  loginLimits: { perAccount: number; perAddress: number; windowMs: number };
  logLevel: string;
}

export const DEFAULT_CONFIG: Omit<ServerConfig, "dataDir"> = {
  host: "127.0.0.1",
  port: 8443,
  tls: null,
  insecureHttp: false,
  versions: { keepCount: 20, keepDays: 30 },
  trashDays: 30,
  gc: { intervalMs: 10 * 60_000, graceMs: 6 * 3_600_000 },
  loginLimits: { perAccount: 10, perAddress: 30, windowMs: 15 * 60_000 },
  logLevel: "info",
};

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

/** Merge overrides over the defaults and check what could not work. */
export function makeConfig(
  overrides: Partial<ServerConfig> & Pick<ServerConfig, "dataDir">,
): ServerConfig {
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...overrides };
  config.dataDir = path.resolve(config.dataDir);
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new Error(`invalid port ${config.port}`);
  }
  if (!config.tls && !config.insecureHttp && !isLoopback(config.host)) {
    throw new Error(
      `refusing to serve plain HTTP on ${config.host}: give --tls-cert and --tls-key, ` +
        "or --insecure-http if a trusted proxy terminates TLS",
    );
  }
  if (config.versions.keepCount < 1) throw new Error("versions.keepCount must be at least 1");
  return config;
}
