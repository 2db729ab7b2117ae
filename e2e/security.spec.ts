// The headless UI's guards: every API call and the event stream need the per-run token,
// requests must name 127.0.0.1:PORT as their Host (no DNS rebinding), the event stream
// refuses other origins, and the page is served under a strict CSP.
import { request as httpRequest } from "node:http";
import WebSocket from "ws";
import { expect, test } from "./support/fixtures.js";

// The browser globals the in-page callback below uses. This file compiles without the
// DOM lib (tsconfig.json serves Node code), so they are declared here, for this module only.
interface PageElement {
  textContent: string | null;
  appendChild(child: PageElement): void;
}
declare const document: {
  head: PageElement;
  createElement(tag: string): PageElement;
  addEventListener(
    type: "securitypolicyviolation",
    listener: (event: { violatedDirective: string }) => void,
  ): void;
};
declare const window: { injected?: boolean };

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the Host header is exactly what the test says. */
function raw(
  origin: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Open the event stream; resolves how it ended: "open", "http <status>" or "close <code>". */
function openEvents(url: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    let opened = false;
    socket.on("unexpected-response", (_req, res) => {
      resolve(`http ${res.statusCode ?? 0}`);
      socket.terminate();
    });
    socket.on("open", () => {
      opened = true;
      // A socket the server accepted stays open; one it refuses is closed at once.
      setTimeout(() => {
        resolve("open");
        socket.close();
      }, 300);
    });
    socket.on("close", (code) => {
      if (opened) resolve(`close ${code}`);
    });
    socket.on("error", () => undefined);
  });
}

test("refuses API calls without the token or with a wrong Host, and serves a CSP", async ({
  cirrus,
}) => {
  const host = new URL(cirrus.origin).host;
  const call = (headers: Record<string, string>) =>
    raw(cirrus.origin, {
      method: "POST",
      path: "/api/call/getStatus",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ args: [] }),
    });

  const noToken = await call({ host });
  expect(noToken.status).toBe(401);
  expect(JSON.parse(noToken.body)).toMatchObject({ code: "unauthorized" });

  const wrongToken = await call({ host, authorization: "Bearer not-the-token" });
  expect(wrongToken.status).toBe(401);

  const withToken = await call({ host, authorization: `Bearer ${cirrus.token}` });
  expect(withToken.status).toBe(200);
  expect(JSON.parse(withToken.body)).toHaveProperty("result.settings");

  // The right token under another name for the machine: refused (DNS rebinding).
  for (const wrongHost of ["evil.example", `evil.example:${new URL(cirrus.origin).port}`]) {
    const reply = await call({ host: wrongHost, authorization: `Bearer ${cirrus.token}` });
    expect(reply.status, wrongHost).toBe(421);
    expect(JSON.parse(reply.body)).toMatchObject({ code: "forbidden" });
  }
  const localhost = await call({
    host: `localhost:${new URL(cirrus.origin).port}`,
    authorization: `Bearer ${cirrus.token}`,
  });
  expect(localhost.status).toBe(421);

  // The page and its assets come with a strict CSP and no sniffing.
  const page = await raw(cirrus.origin, { path: "/ui/renderer/index.html", headers: { host } });
  expect(page.status).toBe(200);
  const csp = String(page.headers["content-security-policy"] ?? "");
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(page.headers["x-content-type-options"]).toBe("nosniff");
  expect(page.headers["referrer-policy"]).toBe("no-referrer");
  const script = await raw(cirrus.origin, { path: "/ui/renderer/main.js", headers: { host } });
  expect(script.status).toBe(200);
  expect(script.headers["content-security-policy"]).toBe(csp);
  // And the static files are not served to another Host either.
  const rebound = await raw(cirrus.origin, {
    path: "/ui/renderer/index.html",
    headers: { host: "evil.example" },
  });
  expect(rebound.status).toBe(421);
});

test("guards the event stream with the token and the origin", async ({ cirrus }) => {
  const ws = cirrus.origin.replace(/^http/, "ws");
  expect(await openEvents(`${ws}/api/events`, {})).toBe("http 401");
  expect(await openEvents(`${ws}/api/events?token=wrong`, {})).toBe("http 401");
  expect(
    await openEvents(`${ws}/api/events?token=${cirrus.token}`, { origin: "http://evil.example" }),
  ).toBe("close 4003");
  expect(
    await openEvents(`${ws}/api/events?token=${cirrus.token}`, { origin: cirrus.origin }),
  ).toBe("open");
});

test("a page without the token cannot drive the engine, and inline scripts are blocked", async ({
  page,
  cirrus,
  shot,
}) => {
  // Opened without the fragment: the page says it needs its access key.
  await page.goto(`${cirrus.origin}/ui/renderer/index.html`);
  await expect(page.getByTestId("screen-unreachable")).toBeVisible();
  await expect(page.getByTestId("screen-unreachable")).toContainText("needs its access key");
  await shot("no-token");

  // With the token (a fresh load: the page reads the token once, when it starts), the
  // page works, and the CSP stops injected inline script.
  await page.goto("about:blank");
  await page.goto(cirrus.url);
  await expect(page.getByTestId("screen-first-run")).toBeVisible();
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violation: string | null }>((resolve) => {
        let violation: string | null = null;
        document.addEventListener("securitypolicyviolation", (event) => {
          violation = event.violatedDirective;
        });
        const script = document.createElement("script");
        script.textContent = "window.injected = true;";
        document.head.appendChild(script);
        setTimeout(() => {
          resolve({
            ran: window.injected === true,
            violation,
          });
        }, 200);
      }),
  );
  expect(outcome.ran).toBe(false);
  expect(outcome.violation).toMatch(/^script-src/);
});
