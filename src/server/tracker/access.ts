/**
 * Authorisation for tracker routes, checked before any body is read: roles for whole pages and
 * actions (403), and unit scope for items — another unit's task, duty, report or action answers
 * exactly like an id that does not exist (404), so ids cannot be probed.
 */
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/index.ts";
import type { Database } from "../../store/index.ts";
import { actionOwner, dutyOwner, reportOwner, taskUnits, type DutyOwner } from "../../store/track/index.ts";
import type { UserRole } from "../../track/index.ts";
import type { Session } from "./session.ts";

/** The one answer for an item that does not exist or belongs to another unit. */
export function hidden(): GongbaoError {
  return new GongbaoError("not-found", "没有找到该事项");
}

/** True for supervisors and administrators, who see every unit. */
export function seesAll(session: Session): boolean {
  return session.user.role === "supervisor" || session.user.role === "admin";
}

/** Throws 403 unless the user has one of the roles. */
export function requireRole(session: Session, roles: readonly UserRole[]): void {
  if (!roles.includes(session.user.role)) throw new GongbaoError("forbidden", "您的账号无权执行此操作");
}

/** Supervisors and administrators (the 督查室's work). */
export const SUPERVISING: readonly UserRole[] = ["supervisor", "admin"];

/** Throws 404 unless the user may see the unit's own pages. */
export function requireUnitView(session: Session, orgId: number): void {
  if (!seesAll(session) && session.user.orgId !== orgId) throw hidden();
}

/** The task's units, or 404 when it does not exist or the reporter's unit has no part in it. */
export async function visibleTask(db: Kysely<Database>, session: Session, trackedTaskId: number) {
  const units = await taskUnits(db, trackedTaskId);
  if (units === null || (!seesAll(session) && !units.some((u) => u.orgId === session.user.orgId))) throw hidden();
  return units;
}

/** The duty's owner, or 404 when it does not exist or belongs to another unit. */
export async function visibleDuty(db: Kysely<Database>, session: Session, dutyId: number): Promise<DutyOwner> {
  const owner = await dutyOwner(db, dutyId);
  if (owner === null || (!seesAll(session) && owner.orgId !== session.user.orgId)) throw hidden();
  return owner;
}

/** The report's owner, or 404 when it does not exist or belongs to another unit. */
export async function visibleReport(db: Kysely<Database>, session: Session, reportId: number) {
  const owner = await reportOwner(db, reportId);
  if (owner === null || (!seesAll(session) && owner.orgId !== session.user.orgId)) throw hidden();
  return owner;
}

/** The action's owner, or 404 when it does not exist or is addressed to another unit. */
export async function visibleAction(db: Kysely<Database>, session: Session, actionId: number) {
  const owner = await actionOwner(db, actionId);
  if (owner === null || (!seesAll(session) && owner.orgId !== session.user.orgId)) throw hidden();
  return owner;
}
