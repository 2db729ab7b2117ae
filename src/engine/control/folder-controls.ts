// The user's controls over a running folder: pause and resume, sync now, bandwidth
// limits, and the pause policies for metered networks and battery. Choices persist in
// the profile, so a restart keeps them.
import type { Profile } from "../profile/profile.js";
import type { RemoteClient } from "../remote/index.js";
import { pauseReason, type PauseInputs, type PauseReason } from "../sync/pause-policy.js";
import type { SyncFolder } from "../sync/sync-folder.js";

export interface Conditions {
  metered?: boolean;
  onBattery?: boolean;
}

export class FolderControls {
  private readonly inputs: PauseInputs;

  constructor(
    private readonly folder: SyncFolder,
    private readonly remote: RemoteClient,
    private readonly profile: Profile,
    conditions: Conditions = {},
  ) {
    const settings = profile.get();
    this.inputs = {
      userPaused: settings.paused ?? false,
      metered: conditions.metered ?? false,
      onBattery: conditions.onBattery ?? false,
      pauseOnMetered: settings.pauseOnMetered ?? false,
      pauseOnBattery: settings.pauseOnBattery ?? false,
    };
    remote.setBandwidth(settings.bandwidth ?? { up: 0, down: 0 });
  }

  /** Pause or resume the folder to match the inputs; returns why it is paused, if it is. */
  apply(): PauseReason | null {
    const reason = pauseReason(this.inputs);
    if (reason && !this.folder.isPaused) this.folder.pause();
    else if (!reason && this.folder.isPaused) this.folder.resume();
    return reason;
  }

  get reason(): PauseReason | null {
    return pauseReason(this.inputs);
  }

  async setPaused(paused: boolean): Promise<PauseReason | null> {
    this.inputs.userPaused = paused;
    await this.profile.update({ paused });
    return this.apply();
  }

  setConditions(conditions: Conditions): PauseReason | null {
    if (conditions.metered !== undefined) this.inputs.metered = conditions.metered;
    if (conditions.onBattery !== undefined) this.inputs.onBattery = conditions.onBattery;
    return this.apply();
  }

  async setPolicies(policies: {
    pauseOnMetered?: boolean;
    pauseOnBattery?: boolean;
  }): Promise<PauseReason | null> {
    if (policies.pauseOnMetered !== undefined) this.inputs.pauseOnMetered = policies.pauseOnMetered;
    if (policies.pauseOnBattery !== undefined) this.inputs.pauseOnBattery = policies.pauseOnBattery;
    await this.profile.update(policies);
    return this.apply();
  }

  async setBandwidth(limits: { up: number; down: number }): Promise<void> {
    this.remote.setBandwidth(limits);
    await this.profile.update({ bandwidth: limits });
  }

  bandwidth(): { up: number; down: number } {
    return { up: this.remote.upLimit.rate, down: this.remote.downLimit.rate };
  }

  syncNow(): void {
    this.folder.requestSync();
  }
}
