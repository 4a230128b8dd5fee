/** The `gongbao` command as a user runs it: real process, real files, exit codes and messages. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Issue } from "../model/index.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const sample = join(root, "samples/dawukou-2021-03.txt");

function gongbao(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(root, "bin/gongbao.mjs"), ...args], { cwd: root, encoding: "utf8", input, env: { ...process.env, NODE_OPTIONS: "" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("gongbao parse", () => {
  it("prints schema-valid JSON for the sample", () => {
    const run = gongbao(["parse", sample, "--json"]);
    expect(run.code).toBe(0);
    const issue = Issue.parse(JSON.parse(run.stdout));
    expect(issue.documents).toHaveLength(8);
    expect(issue.source.file).toBe("dawukou-2021-03.txt");
  });

  it("reads standard input with -", () => {
    const run = gongbao(["parse", "-", "--json"], "石大政办发〔2021〕9号\n");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^gongbao: /u);
  });

  it("prints a readable summary with warnings and their lines", () => {
    const run = gongbao(["parse", sample, "--summary"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("大武口区人民政府公报 2021年第3期（总第24期） 2021-04-30");
    expect(run.stdout).toContain("石大政办发〔2021〕9号 · 通知 · 2021-04-02");
    expect(run.stdout).toContain("line 1316: [invalid-date] 2021年4月31日 does not exist");
  });

  it("answers bad input with one clear line and a non-zero exit, never a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-cli-"));
    const cases: [string, Buffer | string, string][] = [
      ["empty.txt", "", "empty-input"],
      ["binary.dat", Buffer.from([0, 1, 2, 3, 0, 255, 0]), "binary-input"],
      ["novel.txt", "这是一本小说的第一段，讲的是一个人走进了一座城。\n", "not-a-gazette"],
      ["report.pdf", "%PDF-1.7\n%âãÏÓ\n", "binary-input"],
    ];
    for (const [name, bytes, code] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const run = gongbao(["parse", file]);
      expect(run.code, name).toBe(65);
      expect(run.stderr.trim().split("\n"), name).toHaveLength(1);
      expect(run.stderr, name).toContain(`[${code}]`);
      expect(run.stderr, name).toContain(file);
      expect(run.stderr, name).not.toMatch(/\n\s+at /u);
    }
    expect(gongbao(["parse", join(dir, "missing.txt")]).stderr).toContain("[file-not-found]");
    expect(gongbao(["parse"]).code).toBe(64);
    expect(gongbao(["frobnicate"]).code).toBe(64);
  });
});
