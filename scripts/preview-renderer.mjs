// Preview the UI without an engine: serves dist/ui on 127.0.0.1 under the production
// CSP, with a fake ClientApi. Build first (node scripts/build-renderer.mjs).
//
//   node scripts/preview-renderer.mjs                 # fake injected as window.cirrus (like Electron)
//   node scripts/preview-renderer.mjs --http          # fake behind /api/call + /api/events (headless transport)
//   node scripts/preview-renderer.mjs --shots [dir]   # screenshots (light + dark) and an axe scan, then exit
//   options: --port N (default 4180; 0 = any), --scenario NAME (default syncing)
//
// Scenarios (?scenario=... in the page URL): syncing, idle, paused, offline, error,
// first-run, totp, mass-delete, many (10,000 activity events).
// The fake is served as /ui/renderer/fake-api.js and only in injected preview mode;
// it never lands in dist/.
/* global setTimeout, document */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const uiDir = path.join(root, "dist/ui");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  const next = i >= 0 ? args[i + 1] : undefined;
  return next !== undefined && !next.startsWith("--") ? next : fallback;
};

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' ws://127.0.0.1:*; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The fake engine. Self-contained (no closure over this module): it is serialized with
 * Function.prototype.toString into the page in injected mode, and run in Node in --http mode.
 */
function createFakeApi(scenario) {
  const T0 = Date.now();
  const KiB = 1024;
  const MiB = 1024 * KiB;
  const GiB = 1024 * MiB;
  const listeners = new Set();
  const emit = (event) => {
    for (const listener of [...listeners]) listener(event);
  };
  const later = (ms, fn) => setTimeout(fn, ms);
  const fail = (code, message) => Promise.reject(Object.assign(new Error(message), { code }));
  const clone = (value) => JSON.parse(JSON.stringify(value));
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  const signedOut = scenario === "first-run" || scenario === "totp";
  let account = signedOut
    ? null
    : {
        server: "https://cirrus.example.com",
        user: "ann",
        deviceId: "dev-1",
        deviceName: "Ann's laptop",
        embedded: false,
      };
  const settings = {
    folder: signedOut ? null : "/home/ann/Cirrus",
    onDemand: true,
    bandwidth: { up: 512 * KiB, down: 0 },
    pauseOnMetered: true,
    pauseOnBattery: false,
    startAtLogin: true,
    notifications: true,
    ignorePatterns: "*.tmp\nnode_modules/\n.DS_Store\n",
  };
  const stateFor = {
    syncing: "syncing",
    many: "syncing",
    paused: "paused",
    offline: "offline",
    error: "error",
  };
  let state = stateFor[scenario] ?? "idle";
  let pauseReason = scenario === "paused" ? "user" : null;
  let conflicts = [
    {
      id: 1,
      entryId: "e-17",
      baseRev: 4,
      path: "Notes/plan.txt",
      conflictPath: "Notes/plan (conflict from Ann's laptop).txt",
      localDevice: "Ann's laptop",
      remoteDevice: "Office desktop",
      createdAt: T0 - 25 * 60_000,
      local: {
        path: "Notes/plan (conflict from Ann's laptop).txt",
        size: 1843,
        mtime: T0 - 26 * 60_000,
        device: "Ann's laptop",
      },
      remote: {
        path: "Notes/plan.txt",
        size: 1790,
        mtime: T0 - 31 * 60_000,
        device: "Office desktop",
      },
      diff: [
        "Index: Notes/plan.txt",
        "===================================================================",
        "--- Notes/plan.txt\tserver",
        "+++ Notes/plan (conflict from Ann's laptop).txt\tthis device",
        "@@ -1,7 +1,7 @@",
        " # Launch plan",
        " ",
        "-Date: Thursday",
        "+Date: Friday <b>after lunch</b>",
        " Owner: Ann",
        " ",
        " 1. Freeze the release branch",
        "-2. Tell support",
        "+2. Tell support and sales",
        "",
      ].join("\n"),
      mergeProposal:
        "# Launch plan\n\nDate: Friday <b>after lunch</b>\nOwner: Ann\n\n1. Freeze the release branch\n2. Tell support and sales\n",
    },
    {
      id: 2,
      entryId: "e-40",
      baseRev: null,
      path: "Photos/beach.jpg",
      conflictPath: "Photos/beach (conflict from Ann's laptop).jpg",
      localDevice: "Ann's laptop",
      remoteDevice: "Phone",
      createdAt: T0 - 3 * 3600_000,
      local: {
        path: "Photos/beach (conflict from Ann's laptop).jpg",
        size: 3.4 * MiB,
        mtime: T0 - 3 * 3600_000,
        device: "Ann's laptop",
      },
      remote: {
        path: "Photos/beach.jpg",
        size: 2.9 * MiB,
        mtime: T0 - 4 * 3600_000,
        device: "Phone",
      },
      diff: null,
      mergeProposal: null,
    },
  ];
  if (scenario === "idle" || signedOut) conflicts = [];
  let issues =
    scenario === "idle" || signedOut
      ? []
      : [
          {
            path: "Projects/budget.xlsx",
            code: "file_busy",
            message: "The file is open in another program.",
            retryAt: T0 + 2 * 60_000,
          },
          {
            path: "Music/<img src=x onerror=alert(1)>.mp3",
            code: "permission_denied",
            message: "Permission denied.",
            retryAt: null,
          },
        ];
  let massDelete =
    scenario === "mass-delete"
      ? {
          where: "here",
          count: 1284,
          paths: Array.from(
            { length: 1284 },
            (_, i) => `Archive/2019/scans/page-${String(i + 1).padStart(4, "0")}.pdf`,
          ),
        }
      : null;
  let devices = [
    {
      id: "dev-1",
      name: "Ann's laptop",
      createdAt: T0 - 200 * 86400_000,
      lastSeenAt: T0,
      current: true,
    },
    {
      id: "dev-2",
      name: "Office desktop",
      createdAt: T0 - 120 * 86400_000,
      lastSeenAt: T0 - 3600_000,
      current: false,
    },
    {
      id: "dev-3",
      name: "Phone",
      createdAt: T0 - 30 * 86400_000,
      lastSeenAt: null,
      current: false,
    },
  ];
  const file = (dir, name, size, state_, ageMin) => ({
    name,
    path: dir ? `${dir}/${name}` : name,
    kind: "file",
    size,
    mtime: T0 - ageMin * 60_000,
    state: state_,
  });
  const folder = (dir, name, state_ = "hydrated") => ({
    name,
    path: dir ? `${dir}/${name}` : name,
    kind: "folder",
    size: 0,
    mtime: T0 - 86400_000,
    state: state_,
  });
  const files = {
    "": [
      folder("", "Notes"),
      folder("", "Photos"),
      folder("", "Projects"),
      folder("", "Archive", "excluded"),
      file("", "Report Q3.pdf", 2.4 * MiB, "hydrated", 90),
      file("", "Presentation.key", 48 * MiB, "placeholder", 3000),
      file("", "taxes-2024.zip", 310 * MiB, "pinned", 9000),
      file("", "<img src=x onerror=alert(1)>.txt", 12, "syncing", 1),
      file("", "draft.docx", 40 * KiB, "error", 5),
    ],
    Notes: [
      file("Notes", "plan.txt", 1790, "conflicted", 31),
      file("Notes", "ideas.md", 4200, "hydrated", 600),
    ],
    Photos: [folder("Photos", "2024"), file("Photos", "beach.jpg", 2.9 * MiB, "conflicted", 240)],
    "Photos/2024": [file("Photos/2024", "IMG_0001.HEIC", 3.1 * MiB, "placeholder", 50000)],
    Projects: [file("Projects", "budget.xlsx", 88 * KiB, "hydrated", 20)],
  };
  const folderTree = {
    "": [
      { name: "Archive", path: "Archive", size: 12.5 * GiB, excluded: true, hasChildren: true },
      { name: "Notes", path: "Notes", size: 2.1 * MiB, excluded: false, hasChildren: false },
      { name: "Photos", path: "Photos", size: 4.2 * GiB, excluded: false, hasChildren: true },
      { name: "Projects", path: "Projects", size: 860 * MiB, excluded: false, hasChildren: true },
    ],
    Archive: [
      { name: "2019", path: "Archive/2019", size: 12.5 * GiB, excluded: false, hasChildren: false },
    ],
    Photos: [
      { name: "2023", path: "Photos/2023", size: 1.9 * GiB, excluded: false, hasChildren: false },
      { name: "2024", path: "Photos/2024", size: 2.3 * GiB, excluded: true, hasChildren: false },
    ],
    Projects: [
      {
        name: "Client <b>A</b>",
        path: "Projects/Client <b>A</b>",
        size: 420 * MiB,
        excluded: false,
        hasChildren: false,
      },
    ],
  };

  const status = () => ({
    account,
    folder:
      account === null
        ? null
        : {
            folder: settings.folder,
            state,
            counts: { files: 4211, folders: 310, bytes: 18.2 * GiB },
            pending:
              state === "syncing" || state === "paused"
                ? {
                    uploads: 14,
                    downloads: 9,
                    deletes: 2,
                    moves: 1,
                    bytesToSend: 210 * MiB,
                    bytesToReceive: 45 * MiB,
                  }
                : {
                    uploads: 0,
                    downloads: 0,
                    deletes: 0,
                    moves: 0,
                    bytesToSend: 0,
                    bytesToReceive: 0,
                  },
            lastError:
              state === "error"
                ? {
                    code: "sync_root_missing",
                    message: "The folder /home/ann/Cirrus is missing. Is its drive unplugged?",
                  }
                : null,
            lastSyncAt: T0 - 4 * 60_000,
            bytesSent: 0,
            bytesReceived: 0,
            issues,
            conflicts: conflicts.length,
            massDeletePending: massDelete,
          },
    pauseReason,
    storage: account === null ? null : { usedBytes: 18.2 * GiB, quotaBytes: 50 * GiB },
    settings,
  });

  // A fake engine pushes activity; the UI never polls.
  const names = [
    "Report Q3.pdf",
    "Photos/2024/IMG_0042.HEIC",
    "Notes/ideas.md",
    "Projects/budget.xlsx",
    "Music/track 07.flac",
  ];
  const kinds = ["upload", "download", "upload", "delete", "move", "mkdir"];
  const start = () => {
    if (account === null) return;
    if (scenario === "many") {
      for (let i = 0; i < 10_000; i++) {
        emit({
          type: "activity",
          kind: kinds[i % kinds.length],
          path: `Bulk/folder-${i % 97}/file-${i}.dat`,
          bytesDone: 4096,
          bytesTotal: 4096,
          done: true,
        });
      }
    } else if (state !== "idle") {
      for (let i = 0; i < 40; i++) {
        const kind = kinds[i % kinds.length];
        emit({
          type: "activity",
          kind,
          path: `Projects/site/assets/img-${i}.png`,
          bytesDone: 20 * KiB,
          bytesTotal: 20 * KiB,
          done: true,
        });
      }
    }
    if (state !== "syncing") return;
    names.slice(0, 3).forEach((name, i) => {
      const total = (i + 1) * 7 * MiB;
      emit({
        type: "activity",
        kind: i === 1 ? "download" : "upload",
        path: name,
        bytesDone: total * (0.2 + i * 0.25),
        bytesTotal: total,
        done: false,
      });
    });
  };
  let started = false;

  const api = {
    getStatus: async () => {
      await wait(30);
      return clone(status());
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!started) {
        started = true;
        later(50, start);
      }
      return () => listeners.delete(listener);
    },
    async signIn(request) {
      await wait(300);
      if (request.password !== "secret") return fail("unauthorized", "invalid credentials");
      if (scenario === "totp" && !request.totp)
        return fail("totp_required", "a one-time code is required");
      account = {
        server: request.server,
        user: request.user,
        deviceId: "dev-9",
        deviceName: request.deviceName ?? "This computer",
        embedded: false,
      };
      state = "syncing";
      emit({ type: "state", state });
    },
    async useEmbeddedServer(request) {
      await wait(200);
      account = {
        server: "embedded",
        user: "local",
        deviceId: "dev-9",
        deviceName: "This computer",
        embedded: true,
      };
      settings.folder = request.folder;
      state = "idle";
      emit({ type: "state", state });
    },
    async signOut() {
      account = null;
      emit({ type: "state", state: "idle" });
    },
    listDevices: async () => clone(devices),
    async revokeDevice(id) {
      devices = devices.filter((d) => d.id !== id);
    },
    async updateSettings(change) {
      await wait(150);
      Object.assign(settings, change);
      if (change.pauseOnMetered !== undefined || change.pauseOnBattery !== undefined)
        emit({ type: "state", state });
    },
    async pause() {
      state = "paused";
      pauseReason = "user";
      emit({ type: "state", state });
    },
    async resume() {
      state = "syncing";
      pauseReason = null;
      emit({ type: "state", state });
      later(1500, () => {
        state = "idle";
        emit({ type: "state", state });
        emit({ type: "synced", at: Date.now() });
      });
    },
    async syncNow() {
      emit({
        type: "activity",
        kind: "upload",
        path: "Notes/ideas.md",
        bytesDone: 4200,
        bytesTotal: 4200,
        done: true,
      });
    },
    async confirmMassDelete() {
      await wait(200);
      massDelete = null;
      emit({ type: "state", state });
    },
    listConflicts: async () => clone(conflicts),
    async resolveConflict(p, choice) {
      const found = conflicts.find((c) => c.path === p || c.conflictPath === p);
      if (!found) return fail("not_found", `no open conflict for ${p}`);
      if (choice === "merged" && found.mergeProposal === null)
        return fail("bad_request", "there is no merge proposal for this conflict");
      conflicts = conflicts.filter((c) => c !== found);
      emit({ type: "state", state });
    },
    async listFiles(p) {
      await wait(40);
      const list = files[p];
      return list ? clone(list) : fail("not_found", `${p} is not a folder`);
    },
    async hydrate(paths) {
      for (const list of Object.values(files))
        for (const e of list) if (paths.includes(e.path)) e.state = "hydrated";
    },
    async dehydrate(paths) {
      for (const list of Object.values(files))
        for (const e of list) if (paths.includes(e.path)) e.state = "placeholder";
    },
    async setPinned(p, pinned) {
      for (const list of Object.values(files))
        for (const e of list) if (e.path === p) e.state = pinned ? "pinned" : "hydrated";
    },
    async openFile(p) {
      if (p.endsWith(".docx")) return fail("file_busy", "EBUSY");
    },
    async listFolders(p) {
      await wait(120);
      return clone(folderTree[p] ?? []);
    },
    async setExcluded(p, excluded) {
      for (const list of Object.values(folderTree))
        for (const n of list) if (n.path === p) n.excluded = excluded;
    },
  };
  return api;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

function fakeScript() {
  return `// Preview only: a fake engine behind window.cirrus.\nwindow.cirrus = (${createFakeApi.toString()})(new URLSearchParams(location.search).get("scenario") || "syncing");\n`;
}

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...extra,
  });
  res.end(body);
}

async function startServer({ port, http, scenario }) {
  if (!existsSync(path.join(uiDir, "renderer/index.html"))) {
    throw new Error("dist/ui is missing: run node scripts/build-renderer.mjs first");
  }
  const token = randomBytes(16).toString("hex");
  const fakes = new Map();
  const fakeFor = (name) => {
    if (!fakes.has(name)) fakes.set(name, createFakeApi(name));
    return fakes.get(name);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (http && url.pathname.startsWith("/api/call/")) {
      if (req.method !== "POST")
        return send(
          res,
          405,
          "application/json",
          JSON.stringify({ code: "method_not_allowed", message: "POST only" }),
        );
      if (req.headers.authorization !== `Bearer ${token}`) {
        return send(
          res,
          401,
          "application/json",
          JSON.stringify({ code: "unauthorized", message: "bad token" }),
        );
      }
      const method = url.pathname.slice("/api/call/".length);
      const chunks = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => {
        let body;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
          return send(
            res,
            400,
            "application/json",
            JSON.stringify({ code: "bad_request", message: "invalid JSON" }),
          );
        }
        const api = fakeFor(scenario);
        if (method === "onEvent" || typeof api[method] !== "function") {
          return send(
            res,
            404,
            "application/json",
            JSON.stringify({ code: "not_found", message: `no method ${method}` }),
          );
        }
        Promise.resolve(api[method](...(Array.isArray(body.args) ? body.args : []))).then(
          (result) =>
            send(res, 200, "application/json", JSON.stringify({ result: result ?? null })),
          (error) =>
            send(
              res,
              error.code === "unauthorized" || error.code === "totp_required" ? 401 : 400,
              "application/json",
              JSON.stringify({ code: error.code ?? "internal", message: error.message }),
            ),
        );
      });
      return;
    }
    if (!http && url.pathname === "/ui/renderer/fake-api.js") {
      return send(res, 200, TYPES[".js"], fakeScript());
    }
    if (url.pathname === "/" || url.pathname === "/ui" || url.pathname === "/ui/") {
      return send(res, 302, "text/plain", "", { Location: "/ui/renderer/index.html" });
    }
    if (!url.pathname.startsWith("/ui/")) return send(res, 404, "text/plain", "not found");
    const file = path.normalize(
      path.join(uiDir, decodeURIComponent(url.pathname.slice("/ui/".length))),
    );
    if (!file.startsWith(uiDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, "text/plain", "not found");
    }
    let body = readFileSync(file);
    if (!http && file.endsWith("index.html")) {
      body = body
        .toString("utf8")
        .replace(
          '<script type="module"',
          '<script src="./fake-api.js"></script>\n    <script type="module"',
        );
    }
    send(res, 200, TYPES[path.extname(file)] ?? "application/octet-stream", body, {
      "Content-Security-Policy": CSP,
    });
  });

  if (http) {
    const { WebSocketServer } = await import("ws");
    const wss = new WebSocketServer({ noServer: true });
    server.on("upgrade", (req, socket, head) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname !== "/api/events" || url.searchParams.get("token") !== token) {
        socket.end("HTTP/1.1 401 Unauthorized\r\n\r\n");
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const off = fakeFor(scenario).onEvent((event) => ws.send(JSON.stringify(event)));
        ws.on("close", off);
      });
    });
  }

  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const base = `http://127.0.0.1:${address.port}`;
  return { server, base, token };
}

async function takeShots(outDir) {
  const { chromium } = await import("@playwright/test");
  const axeSource = readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");
  mkdirSync(outDir, { recursive: true });
  const injected = await startServer({ port: 0, http: false, scenario: "syncing" });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const popup = { width: 400, height: 720 };
  const wide = { width: 1100, height: 860 };
  const shots = [
    { name: "popup-syncing", scenario: "syncing", hash: "#/popup", size: popup },
    { name: "popup-idle", scenario: "idle", hash: "#/popup", size: popup },
    { name: "popup-paused", scenario: "paused", hash: "#/popup", size: popup },
    { name: "popup-error", scenario: "error", hash: "#/popup", size: popup },
    {
      name: "popup-many",
      scenario: "many",
      hash: "#/popup",
      size: popup,
      act: async (page) => {
        const list = page.getByTestId("activity-list");
        await page.getByTestId("activity-row").first().waitFor();
        await list.evaluate((el) => {
          el.scrollTop = 250_000;
        });
        await page.waitForTimeout(200);
        const info = await page.evaluate(() => ({
          rows: document.querySelectorAll('[data-testid="activity-row"]').length,
          count: document.querySelector('[data-testid="activity-count"]')?.textContent,
          setsize: document
            .querySelector('[data-testid="activity-row"]')
            ?.getAttribute("aria-setsize"),
        }));
        console.log(
          `many: ${info.count}, aria-setsize ${info.setsize}, rows in the DOM: ${info.rows}`,
        );
        await list.scrollIntoViewIfNeeded();
      },
    },
    { name: "conflict", scenario: "syncing", hash: "#/conflicts/Notes/plan.txt", size: wide },
    {
      name: "conflict-image",
      scenario: "syncing",
      hash: "#/conflicts/Photos/beach.jpg",
      size: wide,
    },
    { name: "files", scenario: "syncing", hash: "#/files", size: wide },
    { name: "files-narrow", scenario: "syncing", hash: "#/files/Photos", size: popup },
    {
      name: "exclude",
      scenario: "syncing",
      hash: "#/exclude",
      size: wide,
      act: async (page) => {
        await page.getByTestId("exclude-expand").first().waitFor();
        for (const p of ["Photos", "Projects"])
          await page.locator(`[data-testid="exclude-expand"][data-path="${p}"]`).click();
        await page.getByText("Client <b>A</b>").waitFor();
      },
    },
    {
      name: "settings",
      scenario: "syncing",
      hash: "#/settings",
      size: { width: 900, height: 1900 },
    },
    {
      name: "first-run",
      scenario: "totp",
      hash: "#/popup",
      size: { width: 1000, height: 900 },
      act: async (page) => {
        await page.getByTestId("first-run-server").fill("https://cirrus.example.com");
        await page.getByTestId("first-run-user").fill("ann");
        await page.getByTestId("first-run-password").fill("secret");
        await page.getByTestId("first-run-folder").fill("/home/ann/Cirrus");
        await page.getByTestId("first-run-sign-in").click();
        await page.getByText("Enter the code from your authenticator app.").first().waitFor();
      },
    },
    {
      name: "mass-delete",
      scenario: "mass-delete",
      hash: "#/popup",
      size: { width: 800, height: 720 },
      act: async (page) => {
        await page.getByTestId("mass-delete-dialog").waitFor();
      },
    },
  ];
  let serious = 0;
  const problems = [];
  for (const scheme of ["light", "dark"]) {
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: shot.size,
        colorScheme: scheme,
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning")
          problems.push(`${shot.name}/${scheme} console ${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`${shot.name}/${scheme} page error: ${e.message}`));
      await page.goto(
        `${injected.base}/ui/renderer/index.html?scenario=${shot.scenario}${shot.hash}`,
      );
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      if (shot.act) await shot.act(page);
      await page.waitForTimeout(350);
      await page.screenshot({
        path: path.join(outDir, `${shot.name}-${scheme}.png`),
        fullPage: true,
      });
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        globalThis.axe.run(document, { resultTypes: ["violations"] }),
      );
      for (const v of result.violations) {
        const line = `${shot.name}/${scheme} axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(" ")}`;
        if (v.impact === "serious" || v.impact === "critical") serious++;
        problems.push(line);
      }
      await context.close();
    }
  }

  // The headless transport end to end: token in the fragment, calls, events.
  const viaHttp = await startServer({ port: 0, http: true, scenario: "syncing" });
  const context = await browser.newContext({ viewport: popup });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`http page error: ${e.message}`));
  await page.goto(`${viaHttp.base}/ui/renderer/index.html#token=${viaHttp.token}`);
  await page.getByTestId("state-heading").waitFor();
  const heading = await page.getByTestId("state-heading").textContent();
  const urlAfter = page.url();
  await page.getByTestId("pause").click();
  await page.getByTestId("resume").waitFor();
  const rows = await page.getByTestId("activity-row").count();
  await page.screenshot({ path: path.join(outDir, "http-transport.png") });
  console.log(
    `http transport: heading "${heading}", token kept out of URL: ${!urlAfter.includes(viaHttp.token)}, activity rows rendered: ${rows}`,
  );
  await context.close();

  await browser.close();
  injected.server.close();
  viaHttp.server.close();
  for (const p of problems) console.log(p);
  console.log(
    `shots in ${path.relative(root, outDir)}; serious/critical axe violations: ${serious}`,
  );
  return serious === 0;
}

if (flag("--shots")) {
  const ok = await takeShots(
    path.resolve(option("--shots", path.join(root, "test-results/renderer-preview"))),
  );
  process.exit(ok ? 0 : 1);
} else {
  const http = flag("--http");
  const scenario = option("--scenario", "syncing");
  const { base, token } = await startServer({
    port: Number(option("--port", "4180")),
    http,
    scenario,
  });
  const page = `${base}/ui/renderer/index.html`;
  console.log(
    http
      ? `UI (HTTP transport, scenario ${scenario}): ${page}#token=${token}`
      : `UI (injected fake): ${page}?scenario=${scenario}#/popup`,
  );
}
