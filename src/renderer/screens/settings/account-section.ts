// Who this computer syncs as (server, user, device name), and signing out.
import type { AccountSummary } from "../../../shared/client-api.js";
import { runAction } from "../../dom/action.js";
import { confirmDialog } from "../../dom/confirm.js";
import { h, uid } from "../../dom/h.js";

export function accountSection(account: AccountSummary, signOut: () => Promise<void>): HTMLElement {
  const id = uid("account-heading");
  const button = h(
    "button",
    { class: "button danger-outline", testid: "settings-sign-out", attrs: { type: "button" } },
    "Sign out",
  );
  button.addEventListener("click", () => {
    void confirmDialog({
      title: "Sign out of Cirrus?",
      message:
        "This computer stops syncing. Your files stay in the folder on this computer and on the server.",
      confirmLabel: "Sign out",
      danger: true,
      testid: "sign-out-dialog",
    }).then((yes) => {
      if (yes) void runAction(button, signOut, { done: "Signed out", failed: "Couldn't sign out" });
    });
  });
  const fact = (term: string, value: string, testid: string) => [
    h("dt", {}, term),
    h("dd", { testid }, value),
  ];
  return h(
    "section",
    { class: "card", testid: "settings-account", attrs: { "aria-labelledby": id } },
    h("h2", { attrs: { id } }, "Account"),
    h(
      "dl",
      { class: "facts" },
      ...fact(
        "Server",
        account.embedded ? "This computer (no server)" : account.server,
        "account-server",
      ),
      ...fact("User", account.user, "account-user"),
      ...fact("This device", account.deviceName, "account-device"),
    ),
    h("div", { class: "actions-row" }, button),
  );
}
