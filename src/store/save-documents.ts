/** Writes one issue version's documents with their organisations, tasks, units and events. */
import type { Insertable, Kysely } from "kysely";
import type { Document, OrgRef, Task } from "../model/issue.ts";
import { GongbaoError } from "../model/errors.ts";
import type { Database, DocumentOrgsTable, DocumentsTable, EventsTable, OrgRole, TaskRole, TasksTable, TaskUnitsTable } from "./schema.ts";
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

function documentRow(issueId: number, doc: Document): Insertable<DocumentsTable> {
  return {
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
  };
}

function taskRow(documentId: number, seq: number, task: Task): Insertable<TasksTable> {
  return {
    document_id: documentId,
    seq,
    path: toJson(task.path),
    title: task.title,
    source: task.source,
    deadline: task.deadline ? toJson(task.deadline) : null,
    deadline_kind: task.deadline?.kind ?? null,
    deadline_end: task.deadline?.end ?? null,
    targets: toJson(task.targets),
    span_start: task.span?.startLine ?? null,
    span_end: task.span?.endLine ?? null,
  };
}

/**
 * Inserts every document of an issue version; `orgIds` maps the issue's org ids to global ones.
 * Rows go in multi-row statements across the whole issue (documents, then tasks, then units,
 * roles and events): a statement per document and table made the import statement-bound.
 */
export async function saveDocuments(
  db: Kysely<Database>,
  issueId: number,
  documents: readonly Document[],
  orgIds: ReadonlyMap<string, number>,
  resolver: OrgResolver,
): Promise<void> {
  // Issuers first, in document order, so organisations are created in the order they are met.
  const issuerIds = new Map<Document, number[]>();
  for (const doc of documents) {
    const ids: number[] = [];
    for (const issuer of doc.issuers) ids.push(await resolver.resolveIssuer(issuer));
    issuerIds.set(doc, ids);
  }

  // RETURNING order is not guaranteed (SQLite says so), hence seq alongside id.
  const documentIds = new Map<number, number>();
  for (let i = 0; i < documents.length; i += CHUNK) {
    const rows = documents.slice(i, i + CHUNK).map((doc) => documentRow(issueId, doc));
    for (const row of await db.insertInto("documents").values(rows).returning(["id", "seq"]).execute()) documentIds.set(row.seq, row.id);
  }
  const idOf = (doc: Document): number => {
    const id = documentIds.get(doc.seq);
    if (id === undefined) throw new GongbaoError("database-error", `document ${doc.seq} was not stored`);
    return id;
  };

  const taskRows = documents.flatMap((doc) => doc.tasks.map((task, i) => taskRow(idOf(doc), i + 1, task)));
  const taskIds = new Map<string, number>();
  for (let i = 0; i < taskRows.length; i += CHUNK) {
    const inserted = await db.insertInto("tasks").values(taskRows.slice(i, i + CHUNK)).returning(["id", "document_id", "seq"]).execute();
    for (const row of inserted) taskIds.set(`${row.document_id}/${row.seq}`, row.id);
  }

  const units: Insertable<TaskUnitsTable>[] = [];
  const roles: Insertable<DocumentOrgsTable>[] = [];
  const events: Insertable<EventsTable>[] = [];
  for (const doc of documents) {
    const documentId = idOf(doc);
    const docRoles = new Map<string, Insertable<DocumentOrgsTable>>();
    const addRole = (orgId: number, role: OrgRole): void => {
      docRoles.set(`${orgId}/${role}`, { document_id: documentId, org_id: orgId, role });
    };
    for (const orgId of issuerIds.get(doc) ?? []) addRole(orgId, "issuer");
    doc.tasks.forEach((task, i) => {
      const taskId = taskIds.get(`${documentId}/${i + 1}`);
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
    roles.push(...docRoles.values());
    events.push(...doc.events.map((event, i) => ({
      document_id: documentId,
      seq: i + 1,
      date: event.date,
      text: event.text,
      people: toJson(event.people),
      line: event.line ?? null,
    })));
  }
  await insertChunked(db, "task_units", units);
  await insertChunked(db, "document_orgs", roles);
  await insertChunked(db, "events", events);
}
