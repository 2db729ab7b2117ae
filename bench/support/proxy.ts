// A byte-counting TCP proxy on loopback. Every tool's traffic goes through one, so
// "bytes on the wire" is measured the same way for all of them: TCP payload in both
// directions (TLS, HTTP and protocol framing included; IP/TCP headers not). It can also
// drop every connection once some bytes went one way: the tests' flaky network
// (test/engine/dropped-connections.test.ts), with nothing mocked.
import net from "node:net";

export class CountingProxy {
  /** Client -> target bytes since the last reset. */
  up = 0;
  /** Target -> client bytes since the last reset. */
  down = 0;
  connections = 0;
  /** Connections dropped by a cut (cutAfter). */
  dropped = 0;
  private readonly sockets = new Set<net.Socket>();
  private cut: { direction: "up" | "down"; at: number } | null = null;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
    readonly targetPort: number,
  ) {}

  static async start(targetPort: number): Promise<CountingProxy> {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        resolve();
      });
    });
    const address = server.address();
    if (typeof address !== "object" || !address) throw new Error("proxy has no address");
    const proxy = new CountingProxy(server, address.port, targetPort);
    server.on("connection", (client) => {
      proxy.accept(client);
    });
    return proxy;
  }

  private accept(client: net.Socket): void {
    this.connections++;
    const target = net.connect({ host: "127.0.0.1", port: this.targetPort });
    for (const socket of [client, target]) {
      socket.setNoDelay(true);
      this.sockets.add(socket);
      socket.once("close", () => this.sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        target.destroy();
      });
    }
    client.on("data", (chunk: Buffer) => {
      this.up += chunk.length;
      this.maybeCut();
    });
    target.on("data", (chunk: Buffer) => {
      this.down += chunk.length;
      this.maybeCut();
    });
    client.pipe(target);
    target.pipe(client);
  }

  /** Drop every open connection once `bytes` more have gone that way (once). */
  cutAfter(direction: "up" | "down", bytes: number): void {
    this.cut = { direction, at: this[direction] + bytes };
  }

  private maybeCut(): void {
    if (!this.cut || this[this.cut.direction] < this.cut.at) return;
    this.cut = null;
    for (const socket of this.sockets) {
      socket.destroy();
      this.dropped++;
    }
  }

  get total(): number {
    return this.up + this.down;
  }

  reset(): void {
    this.up = 0;
    this.down = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }
}
