// The headless UI's link carries its access token in the fragment (`#token=XYZ`), which
// the browser never sends to a server or writes to logs. Pure parsing lives here; the
// page keeps the token in sessionStorage and strips it from the address bar.

export interface FragmentToken {
  token: string | null;
  /** The fragment without the token ("" or a route like "#/settings"). */
  hash: string;
}

/**
 * "#token=abc" -> { token: "abc", hash: "" }; "#token=abc&/files/x" and
 * "#/files/x&token=abc" -> { token: "abc", hash: "#/files/x" }.
 */
export function splitTokenFragment(hash: string): FragmentToken {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  let token: string | null = null;
  const rest: string[] = [];
  for (const part of raw.split("&")) {
    if (part.startsWith("token=")) {
      const value = safeDecode(part.slice("token=".length));
      if (value !== null && value !== "") token = value;
    } else if (part !== "") {
      rest.push(part);
    }
  }
  if (token === null) return { token: null, hash };
  const remaining = rest.join("&");
  return { token, hash: remaining === "" ? "" : `#${remaining}` };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
