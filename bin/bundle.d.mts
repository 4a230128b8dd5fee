/** What bin/bundle.mjs builds: entries (output name → source path from the root) under outRoot. */
export interface Target {
  outRoot: string;
  entries: Record<string, string>;
}
/** A build's record: its folder, entries, sources (paths from the root) and build time. */
export interface Manifest {
  build: string;
  entries: Record<string, string>;
  inputs: string[];
  builtAt: number;
}
/** The checkout (or installed package) root. */
export const root: string;
/** The command's bundle. */
export const CLI: Target;
/** Builds the target into a fresh folder and switches its manifest to it. */
export function build(target: Target): Promise<Manifest>;
/** The URL of the target's bundled entry `name`, building first when missing or stale. */
export function bundled(target: Target, name: string): Promise<string>;
