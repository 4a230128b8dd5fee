/** Expanding the files and folders given to `gongbao import` into the text files to read. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { GongbaoError } from "../model/index.ts";

const TEXT_FILE = /\.(txt|text|md)$/iu;

/** Every file named, and every text file under every folder named, in a stable order. */
export function listInputs(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (TEXT_FILE.test(name)) out.push(path);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new GongbaoError("file-not-found", "no such file or folder", { file: path });
    }
    if (stat.isDirectory()) walk(path);
    else out.push(path);
  }
  return out;
}
