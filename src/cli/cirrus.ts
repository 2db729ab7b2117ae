// `cirrus`: the headless client. Runs the same engine as the desktop app.
import { Command, Option } from "commander";
import { CirrusError } from "../shared/errors.js";
import { fileURLToPath } from "node:url";
import {
  ClientService,
  ControlServer,
  Engine,
  defaultProfileDir,
  type RoundResult,
} from "../engine/index.js";
import { readSecretFromStdin } from "./read-stdin.js";
import { callRunning } from "./control-client.js";
import type { ResolveChoice } from "../shared/status.js";

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

interface SyncFlags {
  folder?: string;
  onDemand?: boolean;
  once?: boolean;
  resetRoot?: boolean;
  metered?: boolean;
  onBattery?: boolean;
  pauseOnMetered?: string;
  pauseOnBattery?: string;
}

function yes(value: string): boolean {
  if (/^(yes|true|on|1)$/i.test(value)) return true;
  if (/^(no|false|off|0)$/i.test(value)) return false;
  return fail(new CirrusError("bad_request", `expected yes or no, got ${value}`));
}

function profileOf(cmd: Command): string {
  return cmd.optsWithGlobals<{ profile: string }>().profile;
}

/**
 * Sync after a restore or a resolve: a running `cirrus sync` of the profile is asked to
 * (it holds the profile's sync lock); without one, this process syncs until idle.
 */
async function syncAfterChange(engine: Engine, cmd: Command): Promise<void> {
  if ((await callRunning(profileOf(cmd), "POST", "/api/sync-now")) !== null) return;
  await (await engine.syncFolder()).syncUntilIdle();
}

const json = (value: unknown) => {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
};

/** `--once`'s last line: the folder's files, in sync only when nothing failed. */
function summary(result: RoundResult): string {
  const { files } = result.counts;
  const noun = files === 1 ? "file" : "files";
  const failed = result.failures.length;
  const parts = [failed ? `${files} ${noun} in the folder` : `${files} ${noun} in sync`];
  if (failed) parts.push(`${failed} could not be synced`);
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
  .option(
    "--reset-root",
    "take the folder as this device's sync folder again (its marker was lost, or another device's)",
  )
  .option("--on-demand", "files on demand: new remote files arrive as placeholders (remembered)")
  .option("--no-on-demand", "download every file (remembered)")
  .option("--metered", "the network is metered now (the desktop app tells this by itself)")
  .option("--on-battery", "the machine runs on battery now")
  .option("--pause-on-metered <yes|no>", "pause while the network is metered (remembered)")
  .option("--pause-on-battery <yes|no>", "pause while on battery (remembered)")
  .action(async (opts: SyncFlags, cmd: Command) => {
    const { profile } = cmd.optsWithGlobals<{ profile: string }>();
    const engine = await Engine.open(profile);
    if (opts.onDemand !== undefined) await engine.profile.update({ onDemand: opts.onDemand });
    const folder = await engine.syncFolder(opts.folder);
    if (opts.resetRoot) await engine.resetSyncRoot();
    const controls = await engine.controls({
      metered: Boolean(opts.metered),
      onBattery: Boolean(opts.onBattery),
    });
    await controls.setPolicies({
      ...(opts.pauseOnMetered ? { pauseOnMetered: yes(opts.pauseOnMetered) } : {}),
      ...(opts.pauseOnBattery ? { pauseOnBattery: yes(opts.pauseOnBattery) } : {}),
    });
    const reason = controls.apply();
    if (reason) process.stderr.write(`paused (${reason}); \`cirrus resume\` to continue\n`);
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
    const control = await engine.startControlServer();
    folder.start();
    const stop = () => {
      void control.close();
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
  .description(
    "conflicts waiting for a decision, with sizes, times, devices, diff and merge proposal",
  )
  .option("--json", "machine-readable output")
  .action(async (opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const list = await engine.conflictDetails();
      if (opts.json) json(list);
      else for (const c of list) process.stdout.write(`${c.path}\t${c.conflictPath}\n`);
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
  .description(
    "restore an old version (--version), or a deleted file from the server's trash or this device's",
  )
  .option("--version <id>", "version id from `cirrus versions PATH --json`")
  .option("--no-sync", "do not sync right after restoring")
  .action(async (target: string, opts: { version?: string; sync: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      process.stdout.write(`${await engine.restore(target, opts.version)}\n`);
      if (opts.sync) await syncAfterChange(engine, cmd);
    });
  });

program
  .command("versions <path>")
  .description("the versions the server keeps of a file")
  .option("--json", "machine-readable output")
  .action(async (target: string, opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const versions = await engine.versions(target);
      if (opts.json) json(versions);
      else {
        for (const v of versions) {
          const when = new Date(v.createdAt).toISOString();
          process.stdout.write(
            `${v.id}\t${when}\t${v.size} bytes${v.current ? "\t(current)" : ""}\n`,
          );
        }
      }
    });
  });

program
  .command("trash")
  .description("what the server's trash holds for this account")
  .option("--json", "machine-readable output")
  .action(async (opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const items = await engine.trash();
      if (opts.json) json(items);
      else
        for (const t of items)
          process.stdout.write(`${t.path}\t${new Date(t.deletedAt).toISOString()}\n`);
    });
  });

program
  .command("resolve <path>")
  .description("decide a conflict: keep this device's version, the server's, or both")
  .addOption(
    new Option("--keep <choice>", "local, remote, both, or merged (the merge proposal)")
      .choices(["local", "remote", "both", "merged"])
      .makeOptionMandatory(),
  )
  .option("--no-sync", "do not sync right after resolving")
  .action(async (target: string, opts: { keep: ResolveChoice; sync: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const record = await engine.resolve(target, opts.keep);
      process.stdout.write(`resolved ${record.path}: kept ${opts.keep}\n`);
      if (opts.sync) await syncAfterChange(engine, cmd);
    });
  });

for (const [name, paused] of [
  ["pause", true],
  ["resume", false],
] as const) {
  program
    .command(name)
    .description(paused ? "pause syncing (transfers stop at once)" : "resume syncing")
    .action(async (_opts: unknown, cmd: Command) => {
      const running = await callRunning(profileOf(cmd), "POST", `/api/${name}`);
      if (running === null) {
        await withEngine(cmd, (engine) => engine.profile.update({ paused }));
      }
      process.stdout.write(`${paused ? "paused" : "resumed"}\n`);
    });
}

program
  .command("sync-now")
  .description("ask the running sync to rescan and sync at once")
  .action(async (_opts: unknown, cmd: Command) => {
    const running = await callRunning(profileOf(cmd), "POST", "/api/sync-now");
    if (running === null)
      fail(new CirrusError("not_found", "no `cirrus sync` is running for this profile"));
    process.stdout.write("syncing\n");
  });

program
  .command("bandwidth")
  .description("limit upload and download speed (bytes per second, 0 = unlimited); applies at once")
  .requiredOption("--up <bytes>", "upload limit", Number)
  .requiredOption("--down <bytes>", "download limit", Number)
  .action(async (opts: { up: number; down: number }, cmd: Command) => {
    const limits = { up: opts.up, down: opts.down };
    if (![limits.up, limits.down].every((n) => Number.isInteger(n) && n >= 0)) {
      fail(new CirrusError("bad_request", "limits are whole numbers of bytes per second"));
    }
    const running = await callRunning(profileOf(cmd), "PUT", "/api/bandwidth", limits);
    if (running === null)
      await withEngine(cmd, (engine) => engine.profile.update({ bandwidth: limits }));
    process.stdout.write(
      `bandwidth: up ${limits.up} B/s, down ${limits.down} B/s (0 = unlimited)\n`,
    );
  });

program
  .command("conditions")
  .description("tell a running sync whether the network is metered or the machine on battery")
  .option("--metered <yes|no>")
  .option("--on-battery <yes|no>")
  .action(async (opts: { metered?: string; onBattery?: string }, cmd: Command) => {
    const body = {
      ...(opts.metered ? { metered: yes(opts.metered) } : {}),
      ...(opts.onBattery ? { onBattery: yes(opts.onBattery) } : {}),
    };
    const running = await callRunning(profileOf(cmd), "PUT", "/api/conditions", body);
    if (running === null)
      fail(new CirrusError("not_found", "no `cirrus sync` is running for this profile"));
    json(running);
  });

program
  .command("files [path]")
  .description("a folder's entries with their state (hydrated, placeholder, pinned, syncing, …)")
  .option("--json", "machine-readable output")
  .action(async (target: string | undefined, opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const entries = await engine.files(target ?? "");
      if (opts.json) json(entries);
      else for (const e of entries) process.stdout.write(`${e.state}\t${e.size}\t${e.path}\n`);
    });
  });

program
  .command("hydrate <paths...>")
  .description("download the real files of placeholders")
  .action(async (targets: string[], _opts: unknown, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      await engine.hydrate(targets);
      process.stdout.write(`downloaded ${targets.length} file(s)\n`);
    });
  });

program
  .command("dehydrate <paths...>")
  .description("free up space: keep only placeholders of in-sync files")
  .action(async (targets: string[], _opts: unknown, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      await engine.dehydrate(targets);
      process.stdout.write(`freed ${targets.length} file(s)\n`);
    });
  });

program
  .command("pin <path>")
  .description("always keep a file or folder on this device")
  .action(async (target: string, _opts: unknown, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const n = await engine.pin(target);
      process.stdout.write(`pinned ${target} (${n} file(s) downloaded)\n`);
    });
  });

program
  .command("unpin <path>")
  .description("let a file or folder be freed up again")
  .action(async (target: string, _opts: unknown, cmd: Command) => {
    await withEngine(cmd, (engine) => {
      engine.unpin(target);
      process.stdout.write(`unpinned ${target}\n`);
      return Promise.resolve();
    });
  });

program
  .command("open <path>")
  .description("download a placeholder if needed, then open the real file")
  .action(async (target: string, _opts: unknown, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      process.stdout.write(`${await engine.open(target)}\n`);
    });
  });

program
  .command("ui")
  .description("run the client with its UI in a browser (headless machines, or without Electron)")
  .option("--port <n>", "port for the UI on 127.0.0.1 (default: any free one)", Number)
  .addOption(
    new Option("--credential-store <kind>", "where sign-in keeps the token")
      .choices(["keychain", "file"])
      .default("keychain"),
  )
  .action(async (opts: { port?: number; credentialStore: "keychain" | "file" }, cmd: Command) => {
    // The endpoint's code loads only here: other commands start faster without it.
    const { embeddedEndpoint } = await import("../server/index.js");
    const service = await ClientService.open({
      profileDir: profileOf(cmd),
      credentialStore: opts.credentialStore,
      embedded: embeddedEndpoint,
    });
    const server = await ControlServer.start({
      profileDir: profileOf(cmd),
      target: () => service.controlTarget(),
      ui: { service, staticDir: fileURLToPath(new URL("../../ui", import.meta.url)) },
      ...(opts.port ? { port: opts.port } : {}),
    });
    process.stdout.write(`Cirrus is running. Open this address in a browser:\n${server.uiUrl}\n`);
    const stop = () => {
      Promise.all([server.close(), service.close()]).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
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
