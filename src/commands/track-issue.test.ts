/** importAndTrack on both dialects: every parsed task becomes a tracked task, once; a corrected text carries the ledger over. */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Issue } from "../model/index.ts";
import { migrate } from "../store/index.ts";
import { openTestDatabase, testDialects, type TestDatabase } from "../store/test-databases.ts";
import { correctedSampleText, SAMPLE_FILE, sampleText } from "../store/track/corrected-sample.ts";
import { listTrackedTasks } from "../store/track/index.ts";
import { parseIssue } from "../parse/index.ts";
import { migrateSearch } from "../search/index.ts";
import { importAndTrack, ledgerBulletin, trackCurrentIssues } from "./index.ts";

const goldIssue = () => Issue.parse(JSON.parse(readFileSync(new URL("../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8")));

describe.each(testDialects())("importAndTrack on %s", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await migrate(t.db);
    await migrateSearch(t.db);
  });
  afterAll(async () => t?.drop());

  it("tracks every task of an imported issue, idempotently", async () => {
    const first = await importAndTrack(t.db, goldIssue(), { today: "2021-05-01" });
    expect(first).toMatchObject({ status: "created", tracking: { tracked: 137, created: 137 } });
    const again = await importAndTrack(t.db, goldIssue(), { today: "2021-05-01" });
    expect(again).toMatchObject({ status: "unchanged", tracking: { created: 0, duties: 0 } });
    expect(await trackCurrentIssues(t.db, { today: "2021-05-01" })).toEqual({ issues: 1, created: 0, duties: 0, carried: 0, orphaned: [] });
    // A new year brings the reporting duties of open-ended work for that year.
    expect((await trackCurrentIssues(t.db, { today: "2022-01-05" })).duties).toBeGreaterThan(0);
  });

  it("assembles a bulletin for a period", async () => {
    const doc = await ledgerBulletin(t.db, { from: "2021-04-01", to: "2021-06-30", today: "2021-07-05" });
    expect(doc.title).toBe("关于2021年第二季度重点任务推进情况的通报");
    expect(doc.sections[0]?.text).toMatch(/已完成0项，进展滞后\d+项，逾期未完成\d+项/u);
  });

  it("carries the ledger over when a corrected text of the issue is imported, once", async () => {
    // The parse of the sample is the gold issue's bytes: nothing new.
    expect(await importAndTrack(t.db, parseIssue(sampleText(), { file: SAMPLE_FILE }), { today: "2021-07-20" })).toMatchObject({ status: "unchanged" });
    const before = await listTrackedTasks(t.db, { today: "2021-07-20" });
    const fix = await importAndTrack(t.db, parseIssue(correctedSampleText(), { file: SAMPLE_FILE }), { today: "2021-07-20" });
    expect(fix).toMatchObject({ status: "new-version", version: 2, tracking: { tracked: 136, created: 0, carried: 136 } });
    expect(fix.tracking.orphaned).toHaveLength(1);
    const after = await listTrackedTasks(t.db, { today: "2021-07-20" });
    // The same tracked tasks, none added; all but the orphan now point at tasks of version 2.
    const ids = (list: typeof before) => list.map((x) => x.id).sort((a, b) => a - b);
    expect(ids(after)).toEqual(ids(before));
    const moved = after.filter((x) => x.taskId !== before.find((b) => b.id === x.id)?.taskId).map((x) => x.id);
    expect(moved).toHaveLength(136);
    expect(moved).not.toContain(fix.tracking.orphaned[0]);
    const again = await importAndTrack(t.db, parseIssue(correctedSampleText(), { file: SAMPLE_FILE }), { today: "2021-07-20" });
    expect(again).toMatchObject({ status: "unchanged", tracking: { created: 0, carried: 0, orphaned: [], duties: 0 } });
  });
});
