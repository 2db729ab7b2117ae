// What is not synced stays where it is: built-in temp files and `.cirrusignore`
// patterns never travel, and excluding a folder (or adding an ignore rule) deletes
// nothing anywhere (invariant 4); `cirrus include` syncs the folder again.
import { describe, expect, it } from "vitest";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

describe("ignore rules and excluded folders", () => {
  const accounts = useAccounts(useServer());

  it("never sends built-in temp files (Office owner files, .DS_Store, swap files)", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("doc.docx", "the document");
    await a.write("~$doc.docx", "owner: alice");
    await a.write(".DS_Store", "icon positions");
    await a.write("sub/x.swp", "vim swap");
    await a.write("sub/x", "the text");
    await a.syncClean();
    await b.syncClean();

    expect([...(await b.tree()).keys()]).toEqual(["doc.docx", "sub", "sub/x"]);
    expect([...(await account.serverTree()).keys()].sort()).toEqual(["doc.docx", "sub", "sub/x"]);
    // And they stay on the device that made them.
    expect(await a.readText("~$doc.docx")).toBe("owner: alice");
    expect(await a.exists(".DS_Store")).toBe(true);
  });

  it("applies .cirrusignore patterns, and a new rule deletes nothing anywhere", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write(".cirrusignore", "*.log\nbuild/\n");
    await a.write("app.log", "noise");
    await a.write("build/out.o", "object code");
    await a.write("src/main.c", "int main() {}");
    await a.write("data.csv", "1,2,3\n");
    await a.syncClean();
    await b.syncClean();
    expect([...(await b.tree()).keys()]).toEqual([
      ".cirrusignore",
      "data.csv",
      "src",
      "src/main.c",
    ]);

    // B's own log stays on B: the rules travelled with the folder.
    await b.write("b.log", "b's noise");
    await b.syncClean();
    expect([...(await account.serverTree()).keys()]).not.toContain("b.log");

    // A new rule that matches a synced file: it stops syncing and stays everywhere.
    await a.write(".cirrusignore", "*.log\nbuild/\n*.csv\n");
    await a.syncClean();
    await b.syncClean();
    expect((await account.serverTree()).get("data.csv")?.hash).toBe(sha256("1,2,3\n"));
    expect(await a.readText("data.csv")).toBe("1,2,3\n");
    expect(await b.readText("data.csv")).toBe("1,2,3\n");
    // Changes to an ignored file no longer travel.
    await a.write("data.csv", "changed on A\n");
    await a.syncClean();
    await b.syncClean();
    expect(await b.readText("data.csv")).toBe("1,2,3\n");
    await expectSettled([a, b]);
  });

  it("stops syncing an excluded folder without deleting it anywhere, and `include` resumes", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("photos/2023/beach.jpg", "sand");
    await a.write("photos/2024/snow.jpg", "ice");
    await a.write("notes.txt", "n");
    await a.syncClean();
    await b.syncClean();

    await a.close();
    const excluded = await a.cli(["exclude", "photos"]);
    expect(excluded.status, excluded.stderr).toBe(0);
    await a.open();
    await a.syncClean();
    await b.syncClean();

    // Still on A's disk, on the server and on B.
    expect(await a.readText("photos/2023/beach.jpg")).toBe("sand");
    expect(await b.readText("photos/2023/beach.jpg")).toBe("sand");
    const live = await account.serverTree();
    expect(live.has("photos/2023/beach.jpg")).toBe(true);
    expect(live.has("photos/2024/snow.jpg")).toBe(true);

    // While excluded, nothing travels either way.
    await a.write("photos/2023/beach.jpg", "sand, edited on A");
    await b.write("photos/2024/new.jpg", "from B");
    await b.syncClean();
    await a.syncClean();
    expect(await a.exists("photos/2024/new.jpg")).toBe(false);
    expect((await account.serverTree()).get("photos/2023/beach.jpg")?.hash).toBe(sha256("sand"));
    // Other folders still sync.
    await a.write("notes.txt", "n2");
    await a.syncClean();
    await b.syncClean();
    expect(await b.readText("notes.txt")).toBe("n2");

    await a.close();
    const included = await a.cli(["include", "photos"]);
    expect(included.status, included.stderr).toBe(0);
    await a.open();
    await a.syncClean();
    await b.syncClean();
    expect(await a.readText("photos/2024/new.jpg")).toBe("from B");
    expect(await b.readText("photos/2023/beach.jpg")).toBe("sand, edited on A");
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });
});
