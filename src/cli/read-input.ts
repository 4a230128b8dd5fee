/** Reading a named file or standard input into bytes, with errors that name the file. */
import { readFileSync, statSync } from "node:fs";
import { GongbaoError } from "../model/index.ts";

/** Reads `path` (or stdin for `-`) as bytes. */
export function readInput(path: string): Uint8Array {
  if (path === "-") return readFileSync(0);
  try {
    if (statSync(path).isDirectory()) throw new GongbaoError("bad-request", "is a folder, not a file", { file: path });
    return readFileSync(path);
  } catch (error) {
    if (error instanceof GongbaoError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new GongbaoError("file-not-found", "no such file", { file: path });
    throw new GongbaoError("bad-request", `cannot read: ${(error as Error).message}`, { file: path });
  }
}
