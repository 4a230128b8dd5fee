/** Chinese labels and date forms shared by the views. */
import type { Deadline, OrgKind } from "../../model/index.ts";
import type { OrgRole } from "../../store/index.ts";

/** `2021-04-30` → `2021年4月30日`; other text passes through. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** Role labels as the gazette prints them. */
export const ROLE_LABELS: Record<OrgRole, string> = { issuer: "发文", lead: "牵头", responsible: "责任", cooperating: "配合" };

/** Kind labels of organisations. */
export const KIND_LABELS: Record<OrgKind, string> = {
  department: "部门", party: "党委部门", town: "镇", subdistrict: "街道", group: "泛指单位", other: "其他单位",
};

/** A deadline as printed, with its normalised end where it adds something. */
export function formatDeadline(deadline: Deadline | null): string {
  if (!deadline) return "";
  if (deadline.kind === "ongoing") return deadline.text || "长期";
  return deadline.text;
}

/** `第3期`, or an empty string without a number. */
export function issueNo(number: number | null): string {
  return number === null ? "" : `第${number}期`;
}
