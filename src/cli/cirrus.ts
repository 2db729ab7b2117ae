// `cirrus`: the headless client. Runs the same engine as the desktop app.
import { Command, Option } from "commander";
import { CirrusError } from "../shared/errors.js";
import { Engine, defaultProfileDir, type RoundResult } from "../engine/index.js";
import { readSecretFromStdin } from "./read-stdin.js";
import { restoreFromLocalTrash } from "./local-trash.js";

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof CirrusError ? ` [${error.code}]` : "";
  process.stderr.write(`cirrus: ${message}${code}\n`);
  process.exit(1);
}

async function withEngine<T>(cmd: Command, work: (engine: Engine) => Promise<T>): Promise<T> {
  const { profile } = cmd.optsWithGlobals<{ profile: string }>();
  const engine = await Engine.open(profile);
  try {
    return await work(engine);
  } finally {
    await engine.close();
  }
}

const json = (value: unknown) => {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
};

function summary(result: RoundResult): string {
  const parts = [`${result.counts.files} files in sync`];
  if (result.failures.length) parts.push(`${result.failures.length} could not be synced`);
  if (result.plan.massDelete) parts.push("a mass delete awaits confirmation");
  return parts.join(", ");
}

const program = new Command("cirrus")
  .description("Cirrus headless sync client")
  .option("--profile <dir>", "profile folder (one per device)", defaultProfileDir());

program
  .command("login")
  .description("sign in this device to a server")
  .requiredOption("--server <url>", "server URL, e.g. https://cirrus.example.com")
  .requiredOption("--user <name>", "user name")
  .option("--password-stdin", "read the password from standard input")
  .option("--totp <code>", "one-time code, when the account has a second factor")
  .option("--device-name <name>", "how this device is listed")
  .addOption(
    new Option("--credential-store <kind>", "where the token is kept")
      .choices(["keychain", "file"])
      .default("keychain"),
  )
  .action(async (opts: Record<string, string | boolean | undefined>, cmd: Command) => {
    if (!opts.passwordStdin) fail("give the password with --password-stdin");
    const password = await readSecretFromStdin();
    await withEngine(cmd, async (engine) => {
      const result = await engine.login({
        server: opts.server as string,
        user: opts.user as string,
        password,
        ...(opts.totp ? { totp: opts.totp as string } : {}),
        ...(opts.deviceName ? { deviceName: opts.deviceName as string } : {}),
        credentialStore: opts.credentialStore as "keychain" | "file",
      });
      process.stdout.write(`signed in as device ${result.deviceId}\n`);
    });
  });

program
  .command("sync")
  .description("sync a folder: runs until stopped, or with --once until nothing is left to do")
  .option("--folder <path>", "the sync root (remembered in the profile)")
  .option("--once", "sync until idle in both directions, then exit")
  .action(async (opts: { folder?: string; once?: boolean }, cmd: Command) => {
    const { profile } = cmd.optsWithGlobals<{ profile: string }>();
    const engine = await Engine.open(profile);
    const folder = await engine.syncFolder(opts.folder);
    folder.onDidEvent((event) => {
      if (event.type === "conflict") {
        process.stderr.write(
          `conflict: ${event.conflict.path} -> ${event.conflict.conflictPath}\n`,
        );
      } else if (event.type === "massDelete") {
        process.stderr.write(
          `held back: ${event.count} deletes; run \`cirrus confirm-deletes\` to apply them\n`,
        );
      } else if (event.type === "symlink") {
        process.stderr.write(`not followed (symlink): ${event.path}\n`);
      } else if (event.type === "issue") {
        process.stderr.write(`${event.issue.path}: ${event.issue.message} [${event.issue.code}]\n`);
      }
    });
    if (opts.once) {
      try {
        const result = await folder.syncUntilIdle();
        engine.index.setState("status", JSON.stringify(folder.status()));
        process.stderr.write(`${summary(result)}\n`);
        const incomplete = result.failures.length > 0 || result.plan.massDelete !== undefined;
        await engine.close();
        process.exit(incomplete ? 2 : 0);
      } catch (error) {
        await engine.close();
        fail(error);
      }
    }
    folder.onDidEvent((event) => {
      if (event.type === "synced") engine.index.setState("status", JSON.stringify(folder.status()));
    });
    folder.start();
    const stop = () => {
      engine.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

program
  .command("status")
  .description("folder state, counts, pending work, last error, bytes sent and received")
  .option("--json", "machine-readable output")
  .action(async (opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const saved = engine.index.getState("status");
      const status: unknown = saved
        ? { ...JSON.parse(saved), conflicts: engine.conflicts().length }
        : { folder: engine.profile.get().folder ?? null, state: "idle", lastSyncAt: null };
      if (opts.json) json(status);
      else process.stdout.write(`${JSON.stringify(status)}\n`);
      return Promise.resolve();
    });
  });

program
  .command("conflicts")
  .description("conflicts waiting for a decision")
  .option("--json", "machine-readable output")
  .action(async (opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, (engine) => {
      const list = engine.conflicts();
      if (opts.json) json(list);
      else for (const c of list) process.stdout.write(`${c.path}\t${c.conflictPath}\n`);
      return Promise.resolve();
    });
  });

for (const [name, excluded] of [
  ["exclude", true],
  ["include", false],
] as const) {
  program
    .command(`${name} <path>`)
    .description(
      excluded
        ? "stop syncing a folder on this device (nothing is deleted anywhere)"
        : "sync an excluded folder again",
    )
    .action(async (relPath: string, _opts: unknown, cmd: Command) => {
      await withEngine(cmd, (engine) => {
        engine.setExcluded(relPath, excluded);
        process.stdout.write(`${excluded ? "excluded" : "included"} ${relPath}\n`);
        return Promise.resolve();
      });
    });
}

program
  .command("confirm-deletes")
  .description("apply the mass delete that is being held back, once")
  .action(async (_opts: unknown, cmd: Command) => {
    await withEngine(cmd, (engine) => {
      engine.confirmMassDelete();
      process.stdout.write("the held-back deletes will be applied on the next sync\n");
      return Promise.resolve();
    });
  });

program
  .command("restore <path>")
  .description("bring back a file this device deleted because it was deleted elsewhere")
  .action(async (relPath: string, _opts: unknown, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const restored = await restoreFromLocalTrash(engine, relPath);
      process.stdout.write(`restored ${restored}\n`);
    });
  });

program
  .command("logout")
  .description("sign this device out and forget its token")
  .action(async (_opts: unknown, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      await engine.logout();
      process.stdout.write("signed out\n");
    });
  });

program.parseAsync(process.argv).catch(fail);
