// Host facts → the engine's pause conditions. Electron's powerMonitor tells us about
// battery power; no Electron API says whether the network is metered, so on Linux we
// ask NetworkManager (its `Metered` property) and elsewhere report "not metered", which
// never pauses anything by mistake.

export interface PowerFacts {
  /** `powerMonitor.isOnBatteryPower()`. */
  onBatteryPower: boolean;
  /** From the OS network manager; null when unknown. */
  metered: boolean | null;
}

/** The engine's conditions (ClientService.setConditions). */
export interface EngineConditions {
  onBattery: boolean;
  metered: boolean;
}

export function conditionsFrom(facts: PowerFacts): EngineConditions {
  return { onBattery: facts.onBatteryPower, metered: facts.metered ?? false };
}

export function sameConditions(a: EngineConditions | null, b: EngineConditions): boolean {
  return a !== null && a.onBattery === b.onBattery && a.metered === b.metered;
}

/**
 * NetworkManager's global `Metered` property (NMMetered: 0 unknown, 1 yes, 2 no,
 * 3 guessed yes, 4 guessed no), as printed by
 * `busctl get-property org.freedesktop.NetworkManager /org/freedesktop/NetworkManager
 * org.freedesktop.NetworkManager Metered` ("u 4") or by `gdbus call … Get`
 * ("(<uint32 4>,)"). Guesses count: NetworkManager guesses "yes" for phone hotspots.
 */
export function parseNetworkManagerMetered(output: string): boolean | null {
  const match = /^\s*(?:u\s+(\d+)|\(<uint32\s+(\d+)>,?\))\s*$/.exec(output);
  const raw = match?.[1] ?? match?.[2];
  if (raw === undefined) return null;
  switch (Number(raw)) {
    case 1:
    case 3:
      return true;
    case 2:
    case 4:
      return false;
    default:
      return null;
  }
}

/** The command that reads NetworkManager's Metered property (Linux only). */
export const NETWORK_MANAGER_METERED_COMMAND: readonly [string, ...string[]] = [
  "busctl",
  "get-property",
  "org.freedesktop.NetworkManager",
  "/org/freedesktop/NetworkManager",
  "org.freedesktop.NetworkManager",
  "Metered",
];

/**
 * The command that watches NetworkManager's signals, so a change of network is an event
 * rather than something to poll for (`gdbus monitor`, from GLib, ships with every
 * desktop that runs NetworkManager).
 */
export const NETWORK_MANAGER_MONITOR_COMMAND: readonly [string, ...string[]] = [
  "gdbus",
  "monitor",
  "--system",
  "--dest",
  "org.freedesktop.NetworkManager",
  "--object-path",
  "/org/freedesktop/NetworkManager",
];

/** Does a line of `gdbus monitor` output report a change of the Metered property? */
export function isMeteredChange(line: string): boolean {
  return line.includes("PropertiesChanged") && /'Metered'/.test(line);
}
