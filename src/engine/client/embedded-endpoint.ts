// "Keep files on this computer": the endpoint runs inside the app with its data in
// the profile. The host supplies how to run it (the engine does not import the
// server: see ARCHITECTURE.md §1), the engine decides when.

export interface RunningEndpoint {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface EmbeddedEndpoint {
  /** Start the endpoint on loopback with its data in `dataDir`; `port` null picks one. */
  start(dataDir: string, port: number | null): Promise<RunningEndpoint>;
  /** Create the local account with a random password, returned once to sign in. */
  createAccount(dataDir: string, user: string): Promise<string>;
}
