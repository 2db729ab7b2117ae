// Whether a folder should be paused, from what the user chose and what the host
// reports (metered network, battery). The desktop app feeds the host facts from
// Electron's power monitor; the CLI takes them as flags.

export interface PauseInputs {
  userPaused: boolean;
  metered: boolean;
  onBattery: boolean;
  pauseOnMetered: boolean;
  pauseOnBattery: boolean;
}

export type PauseReason = "user" | "metered" | "battery";

export function pauseReason(inputs: PauseInputs): PauseReason | null {
  if (inputs.userPaused) return "user";
  if (inputs.metered && inputs.pauseOnMetered) return "metered";
  if (inputs.onBattery && inputs.pauseOnBattery) return "battery";
  return null;
}
