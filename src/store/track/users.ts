/**
 * Users and sessions. Passwords are hashed with scrypt and a random salt and compared in
 * constant time; a session is stored under the SHA-256 of its token, so a leaked database
 * does not hand out live cookies.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/errors.ts";
import { USER_ROLES, type Actor, type UserRole } from "../../track/roles.ts";
import type { Database } from "../schema.ts";
import { guard } from "../errors.ts";
import { mutation, writeAudit } from "./audit.ts";

const KEY_LENGTH = 64;
const COST = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...cost, maxmem: COST.maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A `scrypt$N$r$p$salt$hash` string (base64 parts), the cost kept so it can rise later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

/** True when `password` matches a hash made by {@link hashPassword}. */
export async function checkPasswordHash(hash: string, password: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = hash.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A user as the rest of gongbao sees it (never the hash). */
export interface User extends Actor {
  username: string;
  active: boolean;
}

/** Creates a user; reporters must be bound to an organisation, others must not be. */
export async function createUser(
  db: Kysely<Database>,
  input: { username: string; password: string; role: UserRole; orgId: number | null; now: Date; by?: number | null },
): Promise<User> {
  const username = input.username.trim();
  if (!/^[\p{L}\p{N}._-]{2,64}$/u.test(username)) throw new GongbaoError("bad-request", "用户名须为 2–64 位字母、数字或 ._-", { field: "username" });
  if (input.password.length < 10) throw new GongbaoError("bad-request", "密码至少 10 位", { field: "password" });
  if (!USER_ROLES.includes(input.role)) throw new GongbaoError("bad-request", "未知角色", { field: "role" });
  if ((input.role === "reporter") !== (input.orgId !== null)) throw new GongbaoError("bad-request", "单位填报员须且只有填报员须绑定单位", { field: "orgId" });
  const passwordHash = await hashPassword(input.password);
  return mutation(db, `creating user ${username}`, async (trx) => {
    const { id } = await trx.insertInto("users").values({
      username, password_hash: passwordHash, role: input.role, org_id: input.orgId, active: 1, created_at: input.now.toISOString(),
    }).returning("id").executeTakeFirstOrThrow();
    const user: User = { userId: id, username, role: input.role, orgId: input.orgId, active: true };
    await writeAudit(trx, { at: input.now.toISOString(), userId: input.by ?? null, action: "create", entity: "user", entityId: id, after: user });
    return user;
  });
}

/** The active user with these credentials, or null; spends the same work for unknown names. */
export async function verifyPassword(db: Kysely<Database>, username: string, password: string): Promise<User | null> {
  const row = await guard("signing in", () => db.selectFrom("users").selectAll().where("username", "=", username.trim()).executeTakeFirst());
  // Hash anyway so that timing does not reveal whether the username exists.
  const ok = await checkPasswordHash(row?.password_hash ?? "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AA==", password);
  if (!row || !ok || row.active !== 1) return null;
  return { userId: row.id, username: row.username, role: row.role, orgId: row.org_id, active: true };
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Opens a session; the token goes in the cookie, the CSRF token in forms. */
export async function createSession(db: Kysely<Database>, userId: number, now: Date, ttlMs = 8 * 3_600_000): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await guard("opening a session", () => db.insertInto("sessions").values({ id: tokenHash(token), user_id: userId, csrf_token: csrfToken, created_at: now.toISOString(), expires_at: expiresAt }).execute());
  return { token, csrfToken, expiresAt };
}

/** The user and CSRF token of a live session, or null when unknown, expired or the user is inactive. */
export async function findSession(db: Kysely<Database>, token: string, now: Date): Promise<{ user: User; csrfToken: string } | null> {
  const row = await guard("reading a session", () => db.selectFrom("sessions").innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.username", "users.role", "users.org_id", "users.active", "sessions.csrf_token", "sessions.expires_at"])
    .where("sessions.id", "=", tokenHash(token)).executeTakeFirst());
  if (!row || row.active !== 1 || row.expires_at <= now.toISOString()) return null;
  return { user: { userId: row.id, username: row.username, role: row.role, orgId: row.org_id, active: true }, csrfToken: row.csrf_token };
}

/** Ends a session (sign-out). */
export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await guard("ending a session", () => db.deleteFrom("sessions").where("id", "=", tokenHash(token)).execute());
}
