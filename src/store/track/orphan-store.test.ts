/**
 * Orphans of a correction on both dialects: the sample's correction deletes 区民政局's task, whose
 * tracked task is listed until a supervisor withdraws it (it then counts nowhere, its report
 * stays readable); a further correction deleting 区医疗保障局's task leaves an orphan that is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { GongbaoError } from "../../model/errors.ts";
import { DEFAULT_RULE_TABLE, scoreUnits } from "../../track/assessment.ts";
import type { Actor } from "../../track/roles.ts";
import { parseIssue } from "../../parse/index.ts";
import { openTestDatabase, testDialects, type TestDatabase } from "../test-databases.ts";
import type { Database } from "../schema.ts";
import { findOrgByName, migrate, saveIssue } from "../index.ts";
import { correctedSampleText, SAMPLE_FILE, sampleText } from "./corrected-sample.ts";
import {
  assessmentFacts, cockpit, createUser, fileReport, keepOrphan, listAudit, listOrphans, loadLedger, unitDashboard, withdrawOrphan, trackIssueTasks,
} from "./index.ts";

const report = { workDone: "开展婚前近视防控宣传2场", problems: "", nextSteps: "继续宣传", status: "推进中", readings: [], evidenceUrl: null };
const Q3 = { start: "2021-07-01", end: "2021-09-30", label: "2021年第三季度" };

/** A later correction on top of the sample's: 区医疗保障局's task in the 近视 plan deleted as well. */
function withoutMedicalInsurance(): string {
  const text = correctedSampleText();
  const line = text.split("\n").find((l) => l.startsWith("区医疗保障局：提高儿童青少年近视"));
  if (line === undefined) throw new Error("区医疗保障局's task is not in the sample");
  return text.replace(`${line}\n`, "");
}

async function failure(promise: Promise<unknown>): Promise<GongbaoError> {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GongbaoError);
  return error as GongbaoError;
}

describe.each(testDialects())("orphans of a correction on %s", (dialect) => {
  let t: TestDatabase;
  let db: Kysely<Database>;
  let supervisor: Actor;
  let civil: Actor;
  let v2: number;
  let orphan: number;
  let dutyId: number;

  /** Imports a text and tracks it in one transaction, as importAndTrack does. */
  async function correct(text: string, today: string) {
    return db.transaction().execute(async (trx) => {
      const saved = await saveIssue(trx, parseIssue(text, { file: SAMPLE_FILE }));
      return { saved, tracking: await trackIssueTasks(trx, saved.issueId, { today, actor: supervisor }) };
    });
  }

  const total = async (today: string) => Object.values((await cockpit(db, today)).counts).reduce((a, b) => a + b, 0);
  const refs = async (orgId: number) => (await assessmentFacts(db, Q3)).facts.filter((f) => f.orgId === orgId).map((f) => f.ref);

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    db = t.db;
    await migrate(db);
    const now = new Date("2021-04-20T01:00:00Z");
    const admin = await createUser(db, { username: "admin", password: "correct horse battery", role: "admin", orgId: null, now });
    supervisor = await createUser(db, { username: "duchashi", password: "correct horse battery", role: "supervisor", orgId: null, now, by: admin.userId });
    const v1 = (await saveIssue(db, parseIssue(sampleText(), { file: SAMPLE_FILE }))).issueId;
    await trackIssueTasks(db, v1, { today: "2021-04-20", actor: admin });
    const civilOrg = (await findOrgByName(db, "区民政局"))?.id ?? 0;
    civil = await createUser(db, { username: "minzheng", password: "correct horse battery", role: "reporter", orgId: civilOrg, now, by: admin.userId });
    const mine = (await unitDashboard(db, civilOrg, "2021-07-15")).tasks.find((x) => x.task.title.startsWith("开展近视防控宣传和教育活动，增强新婚夫妇"));
    orphan = mine?.task.id ?? 0;
    dutyId = mine?.assignment.duties[0]?.id ?? 0;
    expect(mine?.assignment.duties[0]).toMatchObject({ label: "2021年第二季度", due: "2021-07-10" });
    // Filed late, so the assessment of the third quarter holds a 迟报 against 区民政局.
    await fileReport(db, civil, { dutyId, content: report, submit: true, now: "2021-07-15" });
    expect(await listOrphans(db)).toEqual([]);
    const fixed = await correct(correctedSampleText(), "2021-07-20");
    v2 = fixed.saved.issueId;
    expect(fixed.tracking.orphaned).toEqual([orphan]);
  });
  afterAll(async () => t.drop());

  it("lists the orphan with its title, unit, versions, date and report — and it still counts", async () => {
    const [listed, ...rest] = await listOrphans(db);
    expect(rest).toEqual([]);
    expect(listed).toMatchObject({
      trackedTaskId: orphan, title: "开展近视防控宣传和教育活动，增强新婚夫妇的近视防控意识",
      units: [{ orgId: civil.orgId, unit: "区民政局" }], from: { version: 1, year: 2021, number: 3 }, current: { issueId: v2, version: 2 },
      orphanedAt: "2021-07-19T16:00:00.000Z",
      reports: [{ dutyId, unit: "区民政局", label: "2021年第二季度", state: "submitted", version: 1, submittedOn: "2021-07-15" }],
    });
    expect(listed?.from.issueId).not.toBe(v2);
    expect(await total("2021-07-21")).toBe(137);
    expect((await cockpit(db, "2021-07-21")).units.find((u) => u.orgId === civil.orgId)?.tasks).toBeGreaterThan(0);
    expect(await refs(civil.orgId ?? 0)).toContain(`duty:${dutyId}`);
  });

  it("refuses a decision without a reason, by a unit, or on a task that is no orphan", async () => {
    const blank = await failure(withdrawOrphan(db, supervisor, { trackedTaskId: orphan, reason: "  ", now: "2021-07-21" }));
    expect([blank.code, blank.location.field]).toEqual(["bad-request", "reason"]);
    expect((await failure(withdrawOrphan(db, civil, { trackedTaskId: orphan, reason: "已删除", now: "2021-07-21" }))).code).toBe("forbidden");
    const carried = (await loadLedger(db, {}, "2021-07-21")).find((x) => x.id !== orphan)?.id ?? 0;
    expect((await failure(keepOrphan(db, supervisor, { trackedTaskId: carried, reason: "试试", now: "2021-07-21" }))).code).toBe("conflict");
    expect((await failure(keepOrphan(db, supervisor, { trackedTaskId: 999999, reason: "试试", now: "2021-07-21" }))).code).toBe("not-found");
    expect((await listOrphans(db)).map((o) => o.trackedTaskId)).toEqual([orphan]);
  });

  it("withdraws the orphan: it leaves the cockpit, the unit's dashboard and the assessment, its history stays", async () => {
    const scoreBefore = scoreUnits(await assessmentFacts(db, Q3), DEFAULT_RULE_TABLE, [], Q3).find((s) => s.orgId === civil.orgId);
    await withdrawOrphan(db, supervisor, { trackedTaskId: orphan, reason: "更正后的公报已删除该项任务", now: "2021-07-21" });
    expect(await listOrphans(db)).toEqual([]);
    expect(await total("2021-07-21")).toBe(136);
    expect((await loadLedger(db, {}, "2021-07-21")).map((x) => x.id)).not.toContain(orphan);
    expect((await unitDashboard(db, civil.orgId ?? 0, "2021-07-21")).tasks.map((x) => x.task.id)).not.toContain(orphan);
    expect(await refs(civil.orgId ?? 0)).not.toContain(`duty:${dutyId}`);
    const scoreAfter = scoreUnits(await assessmentFacts(db, Q3), DEFAULT_RULE_TABLE, [], Q3).find((s) => s.orgId === civil.orgId);
    // The 迟报 (-5) is gone with the task; a unit with nothing else to score drops out of the ranking.
    expect(scoreBefore?.items.find((i) => i.kind === "report-late")?.count).toBe(1);
    expect(scoreAfter === undefined || (scoreAfter.items.find((i) => i.kind === "report-late")?.count ?? 0) === 0).toBe(true);

    const [kept] = await loadLedger(db, { trackedTaskId: orphan, withdrawn: true }, "2021-07-21");
    expect(kept?.standing).toBe("withdrawn");
    expect(kept?.assignments[0]?.duties[0]).toMatchObject({ id: dutyId, filedOn: "2021-07-15", reportState: "submitted" });
    expect((await failure(fileReport(db, civil, { dutyId, content: report, submit: true, now: "2021-07-22" }))).code).toBe("conflict");
    const entries = await listAudit(db, { entity: "tracked_task", entityId: orphan });
    expect(entries.map((e) => e.action)).toEqual(["track", "orphan", "withdraw-orphan"]);
    expect(entries.at(-1)).toMatchObject({ userId: supervisor.userId, before: { standing: "active" }, after: { standing: "withdrawn", reason: "更正后的公报已删除该项任务" } });
    expect((await failure(keepOrphan(db, supervisor, { trackedTaskId: orphan, reason: "改主意", now: "2021-07-22" }))).code).toBe("conflict");
  });

  it("keeps an orphan of a later correction: it leaves the list and still counts", async () => {
    const medical = (await findOrgByName(db, "区医疗保障局"))?.id ?? 0;
    const { saved, tracking } = await correct(withoutMedicalInsurance(), "2021-10-15");
    expect(saved).toMatchObject({ status: "new-version", version: 3 });
    expect(tracking.orphaned).toHaveLength(1);
    const second = tracking.orphaned[0] ?? 0;
    const listed = await listOrphans(db);
    expect(listed).toMatchObject([{ trackedTaskId: second, units: [{ orgId: medical, unit: "区医疗保障局" }], from: { issueId: v2, version: 2 }, current: { issueId: saved.issueId, version: 3 } }]);
    expect(listed[0]?.title).toMatch(/^提高儿童青少年近视综合防控的保障力度/u);
    expect(await total("2021-10-16")).toBe(136);

    await keepOrphan(db, supervisor, { trackedTaskId: second, reason: "更正时误删，继续督办", now: "2021-10-16" });
    expect(await listOrphans(db)).toEqual([]);
    expect(await total("2021-10-16")).toBe(136);
    const [task] = await loadLedger(db, { trackedTaskId: second }, "2021-10-16");
    expect(task?.standing).toBe("kept");
    expect((await unitDashboard(db, medical, "2021-10-16")).tasks.map((x) => x.task.id)).toContain(second);
    const duty = task?.assignments.find((a) => a.orgId === medical)?.duties[0]?.id ?? 0;
    expect(await refs(medical)).toContain(`duty:${duty}`);
    expect((await listAudit(db, { entity: "tracked_task", entityId: second })).at(-1))
      .toMatchObject({ action: "keep-orphan", userId: supervisor.userId, after: { standing: "kept", reason: "更正时误删，继续督办" } });
  });
});
