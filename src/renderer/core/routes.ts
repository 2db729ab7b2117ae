// Screens are addressed by the location hash (`#/files/Photos/2024`), so Electron can
// open a window straight at one and the browser's back button works headless.
// Path segments are percent-encoded one by one; the slashes between them stay.

export type Route =
  | { name: "popup" }
  | { name: "conflicts" }
  | { name: "conflict"; path: string }
  | { name: "files"; path: string }
  | { name: "exclude" }
  | { name: "settings" }
  | { name: "first-run" }
  | { name: "not-found"; hash: string };

export type RouteName = Route["name"];

function decodePath(segments: string[]): string | null {
  const parts: string[] = [];
  for (const segment of segments) {
    if (segment === "") continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded === "" || decoded === "." || decoded === ".." || decoded.includes("/")) return null;
    parts.push(decoded);
  }
  return parts.join("/");
}

function encodePath(path: string): string {
  return path
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/** Parse `location.hash` ("#/files/a%20b" or "" for the default screen). */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  const trimmed = raw.replace(/^\/+/, "").replace(/\?.*$/, "");
  if (trimmed === "") return { name: "popup" };
  const [head = "", ...rest] = trimmed.split("/");
  const notFound: Route = { name: "not-found", hash: raw };
  switch (head) {
    case "popup":
    case "exclude":
    case "settings":
    case "first-run":
      return rest.every((s) => s === "") ? { name: head } : notFound;
    case "files": {
      const path = decodePath(rest);
      return path === null ? notFound : { name: "files", path };
    }
    case "conflicts": {
      const path = decodePath(rest);
      if (path === null) return notFound;
      return path === "" ? { name: "conflicts" } : { name: "conflict", path };
    }
    default:
      return notFound;
  }
}

/** The hash for a route, starting with "#/". */
export function routeHash(route: Route): string {
  switch (route.name) {
    case "files": {
      const path = encodePath(route.path);
      return path === "" ? "#/files" : `#/files/${path}`;
    }
    case "conflict":
      return `#/conflicts/${encodePath(route.path)}`;
    case "not-found":
      return `#${route.hash}`;
    default:
      return `#/${route.name}`;
  }
}
