/** `gongbao user add` as an operator runs it: a real process on a real SQLite file. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../store/index.ts";
import { verifyPassword } from "../store/track/index.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gongbao-user-"));
const database = join(dir, "users.sqlite");

function gongbao(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(root, "bin/gongbao.mjs"), ...args], {
    cwd: root, encoding: "utf8", input, env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: database },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("gongbao user add", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the first administrator with a password from standard input", async () => {
    const run = gongbao(["user", "add", "--username", "admin", "--role", "admin", "--password-stdin"], "a long admin password\n");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("created user admin (admin)");
    expect(run.stdout).not.toContain("a long admin password");
    const db = connect(database);
    try {
      expect(await verifyPassword(db, "admin", "a long admin password")).toMatchObject({ role: "admin", orgId: null });
    } finally {
      await db.destroy();
    }
  });

  it("refuses bad roles, reporters without a unit and duplicate names with one line and exit 65", () => {
    for (const args of [["--username", "x1", "--role", "boss"], ["--username", "x2", "--role", "reporter"], ["--username", "admin", "--role", "admin"]]) {
      const run = gongbao(["user", "add", ...args, "--password-stdin"], "another long password\n");
      expect(run.code, args.join(" ")).toBe(65);
      expect(run.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });

  it("generates a password when none is given", () => {
    const run = gongbao(["user", "add", "--username", "duchashi", "--role", "supervisor"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^password: [\w-]{16}$/mu);
  });
});
