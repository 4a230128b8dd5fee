/** The bundler behind the `gongbao` command: real esbuild builds in a scratch folder. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundled, root } from "./bundle.mjs";

const dir = mkdtempSync(join(tmpdir(), "gongbao-bundle-"));
const outRoot = join(dir, "dist");
const target = { outRoot, entries: { probe: relative(root, join(dir, "probe.ts")) } };

writeFileSync(join(dir, "probe.ts"), [
  'import { readFileSync } from "node:fs";',
  'import { word } from "./word.ts";',
  '/** The word, and the text file beside this source read through import.meta.url. */',
  'export const probe = `${word}:${readFileSync(new URL("./note.txt", import.meta.url), "utf8")}`;',
  "",
].join("\n"));
writeFileSync(join(dir, "word.ts"), 'export const word = "一";\n');
writeFileSync(join(dir, "note.txt"), "附件");

async function load(url: string): Promise<string> {
  return ((await import(url)) as { probe: string }).probe;
}

describe("bundled", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds an entry whose import.meta.url still finds the files beside its source", async () => {
    const url = await bundled(target, "probe");
    expect(url.startsWith("file://")).toBe(true);
    expect(await load(url)).toBe("一:附件");
  });

  it("reuses a fresh build and builds again when a source changes", async () => {
    const first = await bundled(target, "probe");
    expect(await bundled(target, "probe")).toBe(first);
    writeFileSync(join(dir, "word.ts"), 'export const word = "二";\n');
    const second = await bundled(target, "probe");
    expect(second).not.toBe(first);
    expect(await load(second)).toBe("二:附件");
    // The replaced build stays for processes still running from it.
    expect(readdirSync(outRoot).filter((n) => n.startsWith("build-"))).toHaveLength(2);
  });

  it("builds again when a source it was built from is gone", async () => {
    const before = await bundled(target, "probe");
    rmSync(join(dir, "note.txt"));
    writeFileSync(join(dir, "note.txt"), "附件二");
    // note.txt is read at run time, not bundled: only a changed source triggers a build.
    expect(await bundled(target, "probe")).toBe(before);
    rmSync(join(dir, "word.ts"));
    await expect(bundled(target, "probe")).rejects.toThrow(/word\.ts/u);
  });
});
