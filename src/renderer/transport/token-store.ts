// Takes the headless UI's token from the address bar (`#token=...`), keeps it for the
// tab's lifetime in sessionStorage, and removes it from the visible URL and history.
import { splitTokenFragment } from "./fragment-token.js";

const KEY = "cirrus.uiToken";
let memoryToken: string | null = null;

export function takeToken(): string | null {
  const { token, hash } = splitTokenFragment(location.hash);
  if (token !== null) {
    memoryToken = token;
    try {
      sessionStorage.setItem(KEY, token);
    } catch {
      // Storage can be disabled; the token then lives only as long as this page.
    }
    history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
    return token;
  }
  if (memoryToken !== null) return memoryToken;
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
