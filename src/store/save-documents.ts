/** Writes one issue version's documents with their organisations, tasks, units and events. */
import type { Insertable, Kysely } from "kysely";
import type { Document, OrgRef, Task } from "../model/issue.ts";
import { GongbaoError } from "../model/errors.ts";
import type { Database, DocumentOrgsTable, OrgRole, TaskRole, TaskUnitsTable } from "./schema.ts";
import type { OrgResolver } from "./save-orgs.ts";
import { toJson } from "./json.ts";

// Well under SQLite's 32766 and PostgreSQL's 65535 bound parameters per statement.
const CHUNK = 200;

const TASK_ROLES: readonly TaskRole[] = ["lead", "responsible", "cooperating"];

async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto(table).values(rows.slice(i, i + CHUNK)).execute();
  }
}

function unitsOf(task: Task): { role: TaskRole; ref: OrgRef }[] {
  return TASK_ROLES.flatMap((role) => task[role].map((ref) => ({ role, ref })));
}

/** Inserts every document of an issue version; `orgIds` maps the issue's org ids to global ones. */
export async function saveDocuments(
  db: Kysely<Database>,
  issueId: number,
  documents: readonly Document[],
  orgIds: ReadonlyMap<string, number>,
  resolver: OrgResolver,
): Promise<void> {
  for (const doc of documents) {
    const { id: documentId } = await db.insertInto("documents").values({
      issue_id: issueId,
      seq: doc.seq,
      category: doc.category,
      title: doc.title,
      doc_number: doc.docNumber,
      doc_agency: doc.docNumberParts?.agency ?? null,
      doc_year: doc.docNumberParts?.year ?? null,
      doc_serial: doc.docNumberParts?.serial ?? null,
      genre: doc.genre,
      date: doc.date,
      issuers: toJson(doc.issuers),
      recipients: toJson(doc.recipients),
      span_start: doc.span.startLine,
      span_end: doc.span.endLine,
      data: toJson(doc),
    }).returning("id").executeTakeFirstOrThrow();

    const roles = new Map<string, Insertable<DocumentOrgsTable>>();
    const addRole = (orgId: number, role: OrgRole): void => {
      roles.set(`${orgId}/${role}`, { document_id: documentId, org_id: orgId, role });
    };
    for (const issuer of doc.issuers) addRole(await resolver.resolveIssuer(issuer), "issuer");

    const units: Insertable<TaskUnitsTable>[] = [];
    if (doc.tasks.length > 0) {
      const taskIds = new Map<number, number>();
      for (let i = 0; i < doc.tasks.length; i += CHUNK) {
        const rows = doc.tasks.slice(i, i + CHUNK).map((task, j) => ({
          document_id: documentId,
          seq: i + j + 1,
          path: toJson(task.path),
          title: task.title,
          source: task.source,
          deadline: task.deadline ? toJson(task.deadline) : null,
          deadline_kind: task.deadline?.kind ?? null,
          deadline_end: task.deadline?.end ?? null,
          targets: toJson(task.targets),
          span_start: task.span?.startLine ?? null,
          span_end: task.span?.endLine ?? null,
        }));
        // RETURNING order is not guaranteed (SQLite says so), hence seq alongside id.
        const inserted = await db.insertInto("tasks").values(rows).returning(["id", "seq"]).execute();
        for (const row of inserted) taskIds.set(row.seq, row.id);
      }
      doc.tasks.forEach((task, i) => {
        const taskId = taskIds.get(i + 1);
        if (taskId === undefined) throw new GongbaoError("database-error", `task ${i + 1} of document ${doc.seq} was not stored`);
        unitsOf(task).forEach(({ role, ref }, k) => {
          const orgId = orgIds.get(ref.org);
          if (orgId === undefined) {
            throw new GongbaoError("bad-request", `document ${doc.seq}, task ${i + 1}: unit "${ref.name}" refers to org "${ref.org}", which the issue's orgs do not list`);
          }
          units.push({ task_id: taskId, seq: k + 1, org_id: orgId, role, name: ref.name });
          addRole(orgId, role);
        });
      });
    }
    await insertChunked(db, "task_units", units);
    await insertChunked(db, "document_orgs", [...roles.values()]);
    await insertChunked(db, "events", doc.events.map((event, i) => ({
      document_id: documentId,
      seq: i + 1,
      date: event.date,
      text: event.text,
      people: toJson(event.people),
      line: event.line ?? null,
    })));
  }
}
