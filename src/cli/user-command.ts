/**
 * `gongbao user add`: creates a user — above all the first administrator, who then manages the
 * others in the web UI. The password comes from standard input (`--password-stdin`), so it never
 * shows in the shell history or the process list; without it a strong one is generated and
 * printed once.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { defineCommand } from "citty";
import { loadConfig } from "../config/index.ts";
import { GongbaoError } from "../model/index.ts";
import { findOrgByName, getOrg } from "../store/index.ts";
import { createUser } from "../store/track/index.ts";
import { USER_ROLES, type UserRole } from "../track/index.ts";
import { openDatabase } from "./open-database.ts";

function role(value: string): UserRole {
  const found = USER_ROLES.find((r) => r === value);
  if (!found) throw new GongbaoError("bad-request", `--role must be one of ${USER_ROLES.join(", ")}`, { field: "role" });
  return found;
}

const add = defineCommand({
  meta: { name: "add", description: "Create a user (admin, supervisor, or a unit's reporter with --org)" },
  args: {
    username: { type: "string", description: "the login name", required: true },
    role: { type: "string", description: "admin | supervisor | reporter", required: true },
    org: { type: "string", description: "a reporter's organisation: its id or its name" },
    "password-stdin": { type: "boolean", description: "read the password from standard input" },
    database: { type: "string", description: "database URL (default: DATABASE_URL or ./data/gongbao.sqlite)" },
  },
  async run({ args }) {
    const config = loadConfig(process.env);
    const db = await openDatabase(args.database ?? config.databaseUrl);
    try {
      let orgId: number | null = null;
      if (args.org) {
        const org = /^\d+$/u.test(args.org) ? await getOrg(db, Number(args.org)) : await findOrgByName(db, args.org);
        if (!org) throw new GongbaoError("not-found", `no organisation named ${args.org}`, { field: "org" });
        orgId = org.id;
      }
      const generated = !args["password-stdin"];
      const password = generated ? randomBytes(12).toString("base64url") : readFileSync(0, "utf8").replace(/\r?\n$/u, "");
      const user = await createUser(db, { username: args.username, password, role: role(args.role), orgId, now: new Date() });
      process.stdout.write(`created user ${user.username} (${user.role}${orgId !== null ? `, organisation #${orgId}` : ""})\n`);
      if (generated) process.stdout.write(`password: ${password}\n`);
    } finally {
      await db.destroy();
    }
  },
});

/** `gongbao user …`. */
export const userCommand = defineCommand({
  meta: { name: "user", description: "Manage the tracker's users" },
  subCommands: { add },
});
