/**
 * Who may do what in the ledger. The storage layer checks these too, so a route that forgets a
 * check still cannot let a unit reporter accept its own report or write for another unit.
 */
import { GongbaoError } from "../model/errors.ts";

/** A signed-in user's role; the public has no Actor at all. */
export type UserRole = "admin" | "supervisor" | "reporter";

/** The roles, for validating input. */
export const USER_ROLES: readonly UserRole[] = ["admin", "supervisor", "reporter"];

/** The signed-in user performing an action. */
export interface Actor {
  userId: number;
  role: UserRole;
  /** The organisation a unit reporter reports for; null for administrators and supervisors. */
  orgId: number | null;
}

/** Throws unless the actor is a supervisor or an administrator. */
export function requireSupervisor(actor: Actor): void {
  if (actor.role !== "supervisor" && actor.role !== "admin") throw new GongbaoError("forbidden", "仅督查人员可执行此操作");
}

/** Throws unless the actor is an administrator. */
export function requireAdmin(actor: Actor): void {
  if (actor.role !== "admin") throw new GongbaoError("forbidden", "仅管理员可执行此操作");
}

/** Throws unless the actor may write for `orgId`: its own reporter, or an administrator. */
export function requireUnit(actor: Actor, orgId: number): void {
  if (actor.role === "admin") return;
  if (actor.role !== "reporter" || actor.orgId !== orgId) throw new GongbaoError("forbidden", "只能为本单位报送或答复");
}
