// Checks the arguments of a ClientApi call against the schemas of
// client-api-schema.ts, wherever it arrives: over IPC (Electron main) or HTTP (the
// headless UI server). The message names the argument, never its value.
import { Value } from "@sinclair/typebox/value";
import { CLIENT_METHODS, type ClientMethod } from "./client-api.js";
import { CLIENT_API_ARGS } from "./client-api-schema.js";
import type { ErrorBody } from "./errors.js";

export type ArgsCheck = { ok: true; args: unknown[] } | { ok: false; error: ErrorBody };

export function isClientMethod(name: unknown): name is ClientMethod {
  return typeof name === "string" && (CLIENT_METHODS as readonly string[]).includes(name);
}

/**
 * Check the argument list of a ClientApi call. The message names the argument and what
 * was expected, never the value (it may be a password).
 */
export function validateArgs(method: string, args: unknown): ArgsCheck {
  if (!isClientMethod(method)) {
    return { ok: false, error: { code: "bad_request", message: `unknown method ${method}` } };
  }
  const schema = CLIENT_API_ARGS[method];
  if (!Array.isArray(args)) {
    return { ok: false, error: { code: "bad_request", message: `${method}: arguments missing` } };
  }
  if (Value.Check(schema, args)) return { ok: true, args };
  const expected: number = schema.maxItems;
  if (args.length !== expected) {
    return {
      ok: false,
      error: {
        code: "bad_request",
        message: `${method} takes ${expected} argument(s), got ${args.length}`,
      },
    };
  }
  const first = Value.Errors(schema, args).First();
  const where = first ? describePath(first.path) : "";
  const what = first ? first.message.toLowerCase() : "invalid value";
  return { ok: false, error: { code: "bad_request", message: `${method}: ${where}${what}` } };
}

/** "/0/server" → "argument 1, server: " */
function describePath(pointer: string): string {
  const [index = "", ...rest] = pointer.split("/").filter((s) => s !== "");
  if (index === "") return "";
  const arg = `argument ${Number(index) + 1}`;
  return rest.length ? `${arg}, ${rest.join(".")}: ` : `${arg}: `;
}
