// Runs a button's API call: the button reads as busy (and ignores clicks) meanwhile
// but keeps focus; success and failure are shown and announced.
import { errorText } from "../core/error-text.js";
import { announce } from "./live.js";
import { showToast } from "./toast.js";

export interface ActionMessages {
  /** Shown and announced on success. */
  done?: string;
  /** Prefix for the failure notice, e.g. "Couldn't pause". */
  failed?: string;
  /** Show failures here instead of a notice (e.g. a form's error line). */
  onError?: (text: string, error: unknown) => void;
}

export function isBusy(button: HTMLElement | null): boolean {
  return button?.dataset["busy"] === "true";
}

export async function runAction(
  button: HTMLElement | null,
  work: () => Promise<unknown>,
  messages: ActionMessages = {},
): Promise<boolean> {
  if (isBusy(button)) return false;
  if (button) {
    button.dataset["busy"] = "true";
    button.setAttribute("aria-disabled", "true");
  }
  try {
    await work();
    if (messages.done) {
      showToast(messages.done);
      announce(messages.done);
    }
    return true;
  } catch (error) {
    const text = messages.failed ? `${messages.failed}: ${errorText(error)}` : errorText(error);
    if (messages.onError) {
      messages.onError(text, error);
      announce(text);
    } else {
      showToast(text, "error");
    }
    return false;
  } finally {
    if (button) {
      delete button.dataset["busy"];
      button.removeAttribute("aria-disabled");
    }
  }
}
