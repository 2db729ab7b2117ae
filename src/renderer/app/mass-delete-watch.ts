// Opens the mass-delete confirmation when the status shows a pending set or a
// `massDelete` event arrives; remembers "Keep them" for that set only.
import { massDeleteKey, type MassDeleteSet } from "../core/mass-delete.js";
import { openMassDeleteDialog } from "../dialogs/mass-delete-dialog.js";
import type { Modal } from "../dom/dialog.js";
import { announce } from "../dom/live.js";
import { showToast } from "../dom/toast.js";
import type { AppContext } from "./context.js";

export class MassDeleteWatch {
  private modal: Modal | null = null;
  private dismissed: string | null = null;
  private readonly offs: (() => void)[] = [];

  constructor(private readonly ctx: Omit<AppContext, "reviewMassDelete">) {
    this.offs.push(
      ctx.store.subscribe(() => {
        this.check();
      }),
    );
    this.offs.push(
      ctx.events.on((event) => {
        if (event.type !== "massDelete") return;
        const set = { count: event.count, paths: event.paths, where: event.where };
        if (massDeleteKey(set) === this.dismissed) this.dismissed = null;
        this.open(set);
      }),
    );
  }

  /** The popup's Review button: ask again even after "Keep them". */
  review(): void {
    const pending = this.ctx.store.status?.folder?.massDeletePending;
    if (!pending) return;
    this.dismissed = null;
    this.open(pending);
  }

  private check(): void {
    const pending = this.ctx.store.status?.folder?.massDeletePending ?? null;
    if (!pending) {
      this.modal?.close();
      this.modal = null;
      this.dismissed = null;
      return;
    }
    if (massDeleteKey(pending) !== this.dismissed) this.open(pending);
  }

  private open(set: MassDeleteSet): void {
    if (this.modal?.open) return;
    const key = massDeleteKey(set);
    this.modal = openMassDeleteDialog({
      set,
      confirm: () => this.ctx.api.confirmMassDelete(),
      onKeep: () => {
        this.dismissed = key;
        this.modal = null;
        showToast("Nothing was deleted.");
        announce("Nothing was deleted.");
      },
      onConfirmed: () => {
        this.modal = null;
        showToast(`Deleting ${set.count.toLocaleString("en-US")} files.`);
        void this.ctx.store.refresh();
      },
    });
  }

  dispose(): void {
    for (const off of this.offs.splice(0)) off();
    this.modal?.close();
  }
}
