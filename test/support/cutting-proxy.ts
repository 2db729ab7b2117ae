// A TCP proxy on loopback between a client and a real server that counts the bytes
// each way and can drop every connection once a number of bytes went up or down:
// a dropped connection as a flaky network makes it, with nothing mocked.
import net from "node:net";

export class CuttingProxy {
  /** Client -> server bytes so far. */
  up = 0;
  /** Server -> client bytes so far. */
  down = 0;
  /** Connections dropped by a cut. */
  dropped = 0;
  private readonly sockets = new Set<net.Socket>();
  private cut: { direction: "up" | "down"; at: number } | null = null;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
    private readonly targetPort: number,
  ) {}

  static async start(targetUrl: string): Promise<CuttingProxy> {
    const targetPort = Number(new URL(targetUrl).port);
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", resolve);
    });
    const address = server.address();
    if (typeof address !== "object" || !address) throw new Error("proxy has no address");
    const proxy = new CuttingProxy(server, address.port, targetPort);
    server.on("connection", (client) => {
      proxy.accept(client);
    });
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Drop every open connection once `bytes` more have gone that way (once). */
  cutAfter(direction: "up" | "down", bytes: number): void {
    this.cut = { direction, at: this[direction] + bytes };
  }

  private accept(client: net.Socket): void {
    const target = net.connect({ host: "127.0.0.1", port: this.targetPort });
    for (const socket of [client, target]) {
      this.sockets.add(socket);
      socket.once("close", () => this.sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        target.destroy();
      });
    }
    client.on("data", (piece: Buffer) => {
      this.up += piece.length;
      this.maybeCut();
    });
    target.on("data", (piece: Buffer) => {
      this.down += piece.length;
      this.maybeCut();
    });
    client.pipe(target);
    target.pipe(client);
  }

  private maybeCut(): void {
    if (!this.cut || this[this.cut.direction] < this.cut.at) return;
    this.cut = null;
    for (const socket of this.sockets) {
      socket.destroy();
      this.dropped++;
    }
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
