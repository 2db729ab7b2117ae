// Entry of the engine's utilityProcess: opens the profile's ClientService and serves
// it to the main process over `process.parentPort` (engine-protocol.ts). Sync work,
// hashing and SQLite stay off the main process's thread, so the tray never stalls.
import { ClientService, defaultProfileDir } from "../engine/index.js";
// The one place the desktop app runs the endpoint itself ("keep files on this computer").
import { embeddedEndpoint } from "../server/index.js";
import { HostServer, type FromHost } from "./engine-protocol.js";
import { toErrorBody } from "./ipc-validation.js";

const port = process.parentPort;
const send = (message: FromHost): void => {
  port.postMessage(message);
};

async function main(): Promise<void> {
  const profileDir = process.env.CIRRUS_PROFILE_DIR || defaultProfileDir();
  let service: ClientService;
  try {
    // Tokens go to the OS keychain (keytar): ClientService's default credential store.
    service = await ClientService.open({ profileDir, embedded: embeddedEndpoint });
  } catch (error) {
    send({ type: "fatal", error: toErrorBody(error) });
    process.exit(1);
  }
  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    server.stop();
    service
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  const server = new HostServer(service, send, shutdown);
  port.on("message", (event) => {
    void server.handle(event.data);
  });
  server.announce();
}

await main();
