// One pino logger for the server; secrets are redacted by configuration, not by care.
import { pino, type Logger } from "pino";

// Logs go to stderr: stdout carries only the "listening on" line that tooling reads.

export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  "*.password",
  "*.token",
  "*.totp",
  "*.secret",
  "password",
  "token",
];

export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { component: "cirrus-server" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    pino.destination(2),
  );
}
