// Builds TypeScript entries into ES module bundles (with lazily loaded chunks) with esbuild, and
// builds again when a source a bundle was made from has changed since. The command runs the
// bundle rather than the sources through tsx: no loader thread and no per-file transform at
// start-up, which is most of a small parse's memory (the 0.15 MB sample peaks at ~76 MB instead
// of ~110 MB) and of its wall time.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The checkout (or installed package) root. */
export const root = fileURLToPath(new URL("..", import.meta.url));

/** The command's bundle: its entry, built under dist/. */
export const CLI = { outRoot: join(root, "dist"), entries: { gongbao: "src/cli/main.ts" } };

/**
 * A bundle lives in <outRoot>/build-…/, not beside its sources, so a source's own
 * `new URL("./policy-terms.txt", import.meta.url)` is rewritten to start from the source file's
 * URL. Every output file sits directly in its build folder, so one relative path fits them all.
 * @param {string} outRoot
 * @returns {import("esbuild").Plugin}
 */
function sourceUrls(outRoot) {
  return {
    name: "source-urls",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        if (!text.includes("import.meta.url")) return undefined;
        const fromOutput = relative(join(outRoot, "build"), args.path).split("\\").join("/");
        return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`), loader: "ts" };
      });
    },
  };
}

const STALE_AFTER_MS = 10 * 60_000;

/** @typedef {import("./bundle.d.mts").Target} Target */
/** @typedef {import("./bundle.d.mts").Manifest} Manifest */

/** @param {Target} target @returns {Manifest | null} */
function readManifest(target) {
  try {
    return /** @type {Manifest} */ (JSON.parse(readFileSync(join(target.outRoot, "manifest.json"), "utf8")));
  } catch {
    return null;
  }
}

/** True when the manifest's build exists and none of its sources changed after it was built. */
function isFresh(/** @type {Target} */ target, /** @type {Manifest} */ manifest) {
  const names = Object.keys(target.entries);
  if (names.length !== Object.keys(manifest.entries).length || names.some((n) => manifest.entries[n] !== target.entries[n])) return false;
  if (!existsSync(join(target.outRoot, manifest.build))) return false;
  for (const input of manifest.inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs > manifest.builtAt) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Builds the target into a fresh folder and switches its manifest to that folder in one rename,
 * so a concurrent run never imports a half-written bundle; older builds are then removed.
 * @param {Target} target
 * @returns {Promise<Manifest>}
 */
export async function build(target) {
  const { build: esbuild } = await import("esbuild");
  const builtAt = Date.now();
  const id = `build-${builtAt.toString(36)}-${process.pid}`;
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: target.entries,
    outdir: join(target.outRoot, id),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Packages load from node_modules as installed: native addons cannot be bundled, and the
    // command runs the same copy of each library as the tests.
    packages: "external",
    chunkNames: "chunk-[hash]",
    outExtension: { ".js": ".mjs" },
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
    plugins: [sourceUrls(target.outRoot)],
  });
  const previous = readManifest(target)?.build;
  /** @type {Manifest} */
  const manifest = { build: id, entries: target.entries, inputs: Object.keys(result.metafile.inputs), builtAt };
  const path = join(target.outRoot, "manifest.json");
  writeFileSync(`${path}.${process.pid}`, `${JSON.stringify(manifest)}\n`);
  renameSync(`${path}.${process.pid}`, path);
  // Older builds go once they are a while old: a process started from one may still load a lazy
  // chunk, and a concurrent first run may be about to import the build it just made.
  for (const name of readdirSync(target.outRoot)) {
    const made = Number.parseInt(name.split("-")[1] ?? "", 36);
    if (name.startsWith("build-") && name !== id && name !== previous && builtAt - made > STALE_AFTER_MS) rmSync(join(target.outRoot, name), { recursive: true, force: true });
  }
  return manifest;
}

/**
 * The URL of the target's bundled entry `name`, building first when the bundle is missing or
 * older than one of its sources.
 * @param {Target} target
 * @param {string} name
 */
export async function bundled(target, name) {
  mkdirSync(target.outRoot, { recursive: true });
  const current = readManifest(target);
  const manifest = current && isFresh(target, current) ? current : await build(target);
  return pathToFileURL(join(target.outRoot, manifest.build, `${name}.mjs`)).href;
}
