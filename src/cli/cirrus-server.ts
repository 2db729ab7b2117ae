// `cirrus-server`: serve the cloud endpoint, and manage its accounts.
import { Command, InvalidArgumentError } from "commander";
import {
  makeConfig,
  startServer,
  SqliteMetadataStore,
  hashPassword,
  DEFAULT_CONFIG,
} from "../server/index.js";
import { readSecretFromStdin } from "./read-stdin.js";

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

function openMetadata(dataDir: string): SqliteMetadataStore {
  const config = makeConfig({ dataDir });
  // Admin commands touch only the metadata database (safe beside a running server:
  // SQLite WAL allows it), never the chunk store, which belongs to the server process.
  return new SqliteMetadataStore({
    dataDir: config.dataDir,
    retention: { ...config.versions, trashDays: config.trashDays },
  });
}

function fail(message: string): never {
  process.stderr.write(`cirrus-server: ${message}\n`);
  process.exit(1);
}

const program = new Command("cirrus-server")
  .description("The Cirrus cloud endpoint")
  .requiredOption("--data <dir>", "folder for the database and chunk store")
  .option("--host <host>", "address to listen on", DEFAULT_CONFIG.host)
  .option("--port <n>", "port (0 picks a free one)", integer, DEFAULT_CONFIG.port)
  .option("--tls-cert <file>", "TLS certificate (PEM)")
  .option("--tls-key <file>", "TLS private key (PEM)")
  .option("--insecure-http", "allow plain HTTP on a non-loopback address")
  .option(
    "--keep-versions <n>",
    "versions kept per file",
    integer,
    DEFAULT_CONFIG.versions.keepCount,
  )
  .option(
    "--keep-days <n>",
    "days old versions are kept",
    integer,
    DEFAULT_CONFIG.versions.keepDays,
  )
  .option("--trash-days <n>", "days trashed entries are kept", integer, DEFAULT_CONFIG.trashDays)
  .option("--log-level <level>", "fatal, error, warn, info, debug", DEFAULT_CONFIG.logLevel)
  .action(async (opts: Record<string, unknown>) => {
    const cert = opts.tlsCert as string | undefined;
    const key = opts.tlsKey as string | undefined;
    if ((cert === undefined) !== (key === undefined)) fail("--tls-cert and --tls-key go together");
    let config;
    try {
      config = makeConfig({
        dataDir: opts.data as string,
        host: opts.host as string,
        port: opts.port as number,
        tls: cert && key ? { cert, key } : null,
        insecureHttp: Boolean(opts.insecureHttp),
        versions: { keepCount: opts.keepVersions as number, keepDays: opts.keepDays as number },
        trashDays: opts.trashDays as number,
        logLevel: opts.logLevel as string,
      });
    } catch (error) {
      fail((error as Error).message);
    }
    const server = await startServer(config);
    process.stdout.write(`cirrus-server listening on ${server.url}\n`);
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

interface PasswdOptions {
  passwordStdin?: boolean;
  keepDevices?: boolean;
}

const user = program.command("user").description("manage accounts");
const dataOf = (cmd: Command): string => cmd.optsWithGlobals<{ data: string }>().data;

user
  .command("add <name>")
  .option("--password-stdin", "read the password from standard input")
  .option("--quota <bytes>", "storage quota in bytes", integer)
  .action(async (name: string, opts: { passwordStdin?: boolean; quota?: number }, cmd: Command) => {
    if (!opts.passwordStdin) fail("give the password with --password-stdin");
    const quota = opts.quota;
    if (!/^[A-Za-z0-9._@-]{1,128}$/.test(name)) fail("user names use letters, digits and . _ @ -");
    const password = await readSecretFromStdin();
    const store = openMetadata(dataOf(cmd));
    try {
      if (store.findAccount(name)) fail(`user ${name} already exists`);
      store.createAccount(name, await hashPassword(password), quota ?? null);
      process.stdout.write(`user ${name} added\n`);
    } finally {
      store.close();
    }
  });

user.command("list").action((_opts: unknown, cmd: Command) => {
  const store = openMetadata(dataOf(cmd));
  for (const account of store.listAccounts()) {
    const quota = account.quotaBytes === null ? "unlimited" : String(account.quotaBytes);
    process.stdout.write(`${account.name}\tused ${account.usedBytes}\tquota ${quota}\n`);
  }
  store.close();
});

user.command("del <name>").action((name: string, _opts: unknown, cmd: Command) => {
  const store = openMetadata(dataOf(cmd));
  const removed = store.deleteAccount(name);
  store.close();
  if (!removed) fail(`no user ${name}`);
  process.stdout.write(`user ${name} deleted\n`);
});

user
  .command("passwd <name>")
  .option("--password-stdin", "read the new password from standard input")
  .option("--keep-devices", "leave the account's devices signed in")
  .action(async (name: string, opts: PasswdOptions, cmd: Command) => {
    if (!opts.passwordStdin) fail("give the password with --password-stdin");
    const password = await readSecretFromStdin();
    const store = openMetadata(dataOf(cmd));
    try {
      const account = store.findAccount(name);
      if (!account) fail(`no user ${name}`);
      store.setPasswordHash(account.id, await hashPassword(password));
      if (opts.keepDevices) {
        process.stdout.write(`password of ${name} changed; its devices stay signed in\n`);
        return;
      }
      // A new password often means the old one leaked, so every token issued with it
      // goes. A running server (another process) checks tokens against this database on
      // every request, so it refuses them from the next request on.
      const count = store.revokeAllDevices(account.id);
      const devices = count === 1 ? "1 device" : `${count} devices`;
      process.stdout.write(`password of ${name} changed; ${devices} signed out\n`);
    } finally {
      store.close();
    }
  });

program
  .command("reset-fingerprint")
  .description("after restoring --data from a backup: make clients refuse to apply deletes")
  .action((_opts: unknown, cmd: Command) => {
    const store = openMetadata(dataOf(cmd));
    process.stdout.write(`data fingerprint is now ${store.resetFingerprint()}\n`);
    store.close();
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
