// Talks to a running `cirrus sync` through its control API (see the engine's
// control-server.ts); null when no sync process runs for the profile.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Agent, request } from "../engine/index.js";
import { errorFromBody } from "../shared/errors.js";

interface ControlInfo {
  url: string;
  token: string;
  pid: number;
}

async function runningControl(profileDir: string): Promise<ControlInfo | null> {
  let info: ControlInfo;
  try {
    info = JSON.parse(await readFile(path.join(profileDir, "control.json"), "utf8")) as ControlInfo;
  } catch {
    return null;
  }
  try {
    process.kill(info.pid, 0);
  } catch {
    return null; // A stale file from a process that died.
  }
  return info;
}

/** Call the running process; null when there is none (the caller then edits the profile). */
export async function callRunning(
  profileDir: string,
  method: "GET" | "POST" | "PUT",
  route: string,
  body?: unknown,
): Promise<unknown> {
  const info = await runningControl(profileDir);
  if (!info) return null;
  const agent = new Agent();
  try {
    const response = await request(new URL(info.url + route), {
      dispatcher: agent,
      method,
      headers: {
        authorization: `Bearer ${info.token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const parsed: unknown = await response.body.json();
    if (response.statusCode >= 400)
      throw errorFromBody(parsed, `control API: HTTP ${response.statusCode}`);
    return parsed;
  } finally {
    await agent.close();
  }
}
