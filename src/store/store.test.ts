/** One suite, both dialects: saving, versioning, lookups, paging and rollback on real databases. */
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { Issue } from "../model/issue.ts";
import { GongbaoError } from "../model/errors.ts";
import { openTestDatabase, testDialects, type TestDatabase } from "./test-databases.ts";
import type { Database } from "./schema.ts";
import {
  findDocumentsByNumber, findOrgByName, getDocument, getIssue, getOrg, latestIssue, listDocuments, listEvents,
  listIssues, listOrgs, listTasks, migrate, orgDocuments, saveIssue, type DocumentSummary, type StoredTask,
} from "./index.ts";

const gold = Issue.loose().parse(JSON.parse(readFileSync(new URL("../../samples/gold/dawukou-2021-03.json", import.meta.url), "utf8")));
const TABLES = ["issues", "documents", "orgs", "org_aliases", "document_orgs", "tasks", "task_units", "events"] as const;

async function counts(db: Kysely<Database>): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

function variant(change: (issue: Issue) => void, seed: string): Issue {
  const copy = structuredClone(gold);
  change(copy);
  copy.source.sha256 = createHash("sha256").update(seed).digest("hex");
  return copy;
}

async function failure(promise: Promise<unknown>): Promise<GongbaoError> {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GongbaoError);
  return error as GongbaoError;
}

describe.each(testDialects())("store on %s", (dialect) => {
  let t: TestDatabase;
  let db: Kysely<Database>;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    db = t.db;
  });
  afterAll(async () => t.drop());

  it("migrates once, then has nothing left to do", async () => {
    expect(await migrate(db)).toEqual(["0001-initial", "0002-track", "0003-assignment-span", "0004-tracked-task-standing"]);
    expect(await migrate(db)).toEqual([]);
    expect(await latestIssue(db)).toBeNull();
  });

  it("imports the gold issue with its documents, tasks, orgs and events", async () => {
    const saved = await saveIssue(db, gold);
    expect(saved).toEqual({ issueId: expect.any(Number) as number, status: "created", version: 1 });
    // 137 tasks: 32+17+60+5+11+12 as the gold file lists them. 47 orgs: the registry's 43 plus
    // the 4 issuers it does not list.
    expect(await counts(db)).toMatchObject({ issues: 1, documents: 8, tasks: 137, task_units: 703, events: 60, orgs: 47 });
    const [summary] = await listIssues(db);
    expect(summary).toMatchObject({ year: 2021, number: 3, cumulativeNumber: 24, version: 1, current: true, documentCount: 8 });
    const stored = await getIssue(db, { year: 2021, number: 3 });
    expect(stored.issue).toEqual(gold);
    expect(stored.versions).toHaveLength(1);
  });

  it("finds nothing new in the same issue twice", async () => {
    const before = await counts(db);
    const again = await saveIssue(db, gold);
    expect(again.status).toBe("unchanged");
    expect(again.version).toBe(1);
    expect(await counts(db)).toEqual(before);
  });

  it("stores a corrected copy as version 2 and keeps version 1 readable", async () => {
    const corrected = variant((i) => { const d = i.documents[3]; if (d) d.title = "更正后的标题"; }, "corrected");
    const saved = await saveIssue(db, corrected);
    expect(saved).toMatchObject({ status: "new-version", version: 2 });
    expect(await counts(db)).toMatchObject({ issues: 2, documents: 16, tasks: 274, orgs: 47 });
    const issues = await listIssues(db, { year: 2021 });
    expect(issues.map((i) => [i.version, i.id])).toEqual([[2, saved.issueId]]);
    const current = await getIssue(db, { year: 2021, number: 3 });
    expect(current.version).toBe(2);
    expect(current.issue.documents[3]?.title).toBe("更正后的标题");
    expect(current.versions.map((v) => [v.version, v.current])).toEqual([[1, false], [2, true]]);
    const first = await getIssue(db, { year: 2021, number: 3, version: 1 });
    expect(first.current).toBe(false);
    expect(first.issue.documents[3]?.title).toBe(gold.documents[3]?.title);
    expect((await latestIssue(db))?.id).toBe(saved.issueId);
    expect((await failure(getIssue(db, { year: 2021, number: 3, version: 9 }))).code).toBe("not-found");
    expect(await listIssues(db, { year: 1999 })).toEqual([]);
  });

  it("looks documents up by 发文字号, agency as a suffix, current versions only", async () => {
    const exact = await findDocumentsByNumber(db, { agency: "石大政办发", year: 2021, serial: 9 });
    expect(exact.map((d) => d.docNumber)).toEqual(["石大政办发〔2021〕9号"]);
    const suffix = await findDocumentsByNumber(db, { agency: "政办发", serial: 9 });
    expect(suffix.map((d) => d.id)).toEqual(exact.map((d) => d.id));
    expect(await findDocumentsByNumber(db, { agency: "党发", serial: 9 })).toEqual([]);
    expect((await findDocumentsByNumber(db, { serial: 14 })).map((d) => d.docNumber).sort()).toEqual(["石大党办发〔2021〕14号", "石大政办发〔2021〕14号"]);
    const doc = await getDocument(db, exact[0]?.id ?? 0);
    expect(doc).toMatchObject({ current: true, issueVersion: 2, docNumberParts: { agency: "石大政办发", year: 2021, serial: 9 }, issuers: ["大武口区人民政府办公室"] });
    expect(doc.document.tasks).toHaveLength(5);
    expect((await failure(getDocument(db, 999_999))).code).toBe("not-found");
  });

  it("matches organisations by any spelling", async () => {
    const short = await findOrgByName(db, "区农水局");
    const full = await findOrgByName(db, "区农业农村和水务局");
    expect(short?.id).toBeTypeOf("number");
    expect(short).toEqual(full);
    expect(full).toMatchObject({ name: "区农业农村和水务局", kind: "department" });
    expect(full?.aliases).toContain("区农水局");
    expect((await findOrgByName(db, " 区农水 局 "))?.id).toBe(full?.id);
    expect(await findOrgByName(db, "不存在的单位")).toBeNull();
    expect(await findOrgByName(db, "大武口区人民政府")).toMatchObject({ kind: "other" });
    expect(await getOrg(db, full?.id ?? 0)).toEqual(full);
    expect((await listOrgs(db)).length).toBe(47);
    const docs = await orgDocuments(db, full?.id ?? 0);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d.issueId === docs[0]?.issueId)).toBe(true);
    expect(docs.find((d) => d.seq === 1)?.roles).toContain("responsible");
    const issuer = await findOrgByName(db, "大武口区人民政府办公室");
    expect((await orgDocuments(db, issuer?.id ?? 0)).map((d) => [d.seq, d.roles])).toEqual([[7, ["issuer"]], [6, ["issuer"]], [3, ["issuer"]], [5, ["issuer"]]]);
  });

  it("pages through every document exactly once, newest first", async () => {
    const seen: DocumentSummary[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listDocuments(db, { limit: 3, cursor });
      seen.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen.map((d) => d.id)).size).toBe(8);
    expect(seen.map((d) => d.seq)).toEqual([2, 7, 4, 6, 3, 5, 1, 8]);
    expect((await listDocuments(db, { limit: 50, genre: "决定" })).items.map((d) => d.seq)).toEqual([4]);
    expect((await listDocuments(db, { limit: 50, category: "党政联合发文件", year: 2021 })).items).toHaveLength(2);
    expect((await listDocuments(db, { limit: 50, year: 2020 })).items).toEqual([]);
    const agri = await findOrgByName(db, "区农水局");
    const byOrg = await listDocuments(db, { limit: 50, orgId: agri?.id });
    expect(byOrg.items.map((d) => d.id).sort()).toEqual((await orgDocuments(db, agri?.id ?? 0)).map((d) => d.id).sort());
    expect((await failure(listDocuments(db, { limit: 5, cursor: "garbage" }))).code).toBe("bad-request");
  });

  it("lists tasks with their units, by organisation, role and document", async () => {
    const all: StoredTask[] = [];
    let cursor: string | undefined;
    do {
      const page = await listTasks(db, { limit: 40, cursor });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(all).toHaveLength(137);
    expect(all.reduce((n, task) => n + task.units.length, 0)).toBe(703);
    const first = all[0];
    expect(first).toMatchObject({ seq: 1, path: ["二、", "（一）"], title: "坚决守住耕地红线", source: "enclosure", deadline: null });
    expect(first?.units.map((u) => u.name)).toEqual(["区自然资源局", "区农业农村和水务局", "星海镇", "长胜街道办事处", "长兴街道办事处", "沟口街道办事处"]);
    const agri = await findOrgByName(db, "区农水局");
    const expected = gold.documents.flatMap((d) => d.tasks).filter((task) => task.responsible.some((u) => u.org === "org-2")).length;
    const responsible = await listTasks(db, { limit: 500, orgId: agri?.id, role: "responsible" });
    expect(responsible.items.length).toBe(expected);
    expect(responsible.items.every((task) => task.units.some((u) => u.orgId === agri?.id && u.role === "responsible"))).toBe(true);
    expect((await listTasks(db, { limit: 500, orgId: agri?.id, role: "lead" })).items).toEqual([]);
    expect((await listTasks(db, { limit: 500, orgId: agri?.id })).items).toHaveLength(expected);
    const [doc] = await findDocumentsByNumber(db, { agency: "石大政办发", serial: 9 });
    expect((await listTasks(db, { limit: 500, documentId: doc?.id })).items).toHaveLength(5);
  });

  it("lists the chronicle's events by date", async () => {
    const events = await listEvents(db);
    expect(events).toHaveLength(60);
    expect(events[0]).toMatchObject({ date: "2021-04-01", people: [{ name: "汤瑞", title: "区长" }] });
    const april2 = await listEvents(db, { from: "2021-04-02", to: "2021-04-02" });
    expect(april2.length).toBeGreaterThan(0);
    expect(april2.every((e) => e.date === "2021-04-02")).toBe(true);
  });

  describe("rollback", () => {
    let empty: TestDatabase;
    beforeAll(async () => {
      empty = await openTestDatabase(dialect);
      await migrate(empty.db);
    });
    afterAll(async () => empty.drop());
    const zero = Object.fromEntries(TABLES.map((table) => [table, 0]));

    it("leaves no rows when a unit names an org the issue does not list", async () => {
      const broken = variant((i) => {
        i.orgs.push({ id: "org-new", name: "新成立的单位", aliases: [], kind: "department" });
        i.documents[6]?.tasks[0]?.lead.push({ name: "幽灵局", org: "org-missing" });
      }, "broken-ref");
      expect((await failure(saveIssue(empty.db, broken))).message).toMatch(/org-missing/u);
      expect(await counts(empty.db)).toEqual(zero);
    });

    it("leaves no rows when the database refuses an insert midway", async () => {
      // Two documents with the same seq break the unique (issue_id, seq) constraint at document 8.
      const clash = variant((i) => { const d = i.documents[7]; if (d) d.seq = 1; }, "duplicate-seq");
      const error = await failure(saveIssue(empty.db, clash));
      expect(error.code).toBe("conflict");
      expect(error.message).toMatch(/^saving issue 2021\/3/u);
      expect(await counts(empty.db)).toEqual(zero);
      expect((await saveIssue(empty.db, gold)).status).toBe("created");
    });

    it("joins a caller's transaction and rolls back with it", async () => {
      const before = await counts(empty.db);
      const next = variant((i) => { i.number = 4; }, "issue-4");
      const outcome = empty.db.transaction().execute(async (trx) => {
        expect((await saveIssue(trx, next)).status).toBe("created");
        throw new Error("caller changed its mind");
      });
      await expect(outcome).rejects.toThrow("caller changed its mind");
      expect(await counts(empty.db)).toEqual(before);
    });

    it("treats two concurrent imports of one file as one", async () => {
      const next = variant((i) => { i.number = 5; }, "issue-5");
      const results = await Promise.all([saveIssue(empty.db, next), saveIssue(empty.db, next)]);
      expect(results.map((r) => r.status).sort()).toEqual(["created", "unchanged"]);
      expect(new Set(results.map((r) => r.issueId)).size).toBe(1);
    });
  });
});
