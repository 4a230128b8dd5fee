/** Links from an issue's 目录 to its documents, and the documents' task rows, for the pages. */
import type { Kysely } from "kysely";
import type { Issue, Task } from "../../model/index.ts";
import type { Database, StoredIssue, StoredTask } from "../../store/index.ts";
import { listTasks } from "../../store/index.ts";
import { issueDocuments } from "../../commands/index.ts";
import type { TocLink } from "../views/issue-view.ts";
import type { TaskRow, UnitLink } from "../views/tasks-view.ts";
import { formatDeadline } from "../views/format.ts";
import { documentLink, paths } from "../urls.ts";

function tocDocumentIndex(issue: Issue, entryIndex: number): number {
  const entry = issue.toc[entryIndex];
  if (!entry) return -1;
  // The 目录 and the body usually agree on the number; titles may differ, so they come second.
  const byNumber = entry.docNumber ? issue.documents.findIndex((d) => d.docNumber === entry.docNumber) : -1;
  if (byNumber >= 0) return byNumber;
  const byTitle = issue.documents.findIndex((d) => d.title === entry.title);
  if (byTitle >= 0) return byTitle;
  return issue.toc.length === issue.documents.length ? entryIndex : -1;
}

/** The 目录 of a stored issue version with links to its documents (readable links for current versions). */
export async function tocLinks(db: Kysely<Database>, stored: StoredIssue): Promise<TocLink[]> {
  const ids = new Map((await issueDocuments(db, stored.id)).map((r) => [r.seq, r.id]));
  return stored.issue.toc.map((entry, i) => {
    const doc = stored.issue.documents[tocDocumentIndex(stored.issue, i)];
    const id = doc ? ids.get(doc.seq) : undefined;
    return { entry, href: doc && id !== undefined ? documentLink({ id, docNumberParts: doc.docNumberParts }, stored.current) : null };
  });
}

/** Every task of a filter, following the cursor to the end. */
export async function allTasks(db: Kysely<Database>, filter: { orgId?: number; documentId?: number }): Promise<StoredTask[]> {
  const out: StoredTask[] = [];
  let cursor: string | undefined;
  do {
    const page = await listTasks(db, { ...filter, cursor, limit: 500 });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** A stored task as a row, its units linked to their organisation pages. */
export function storedTaskRow(task: StoredTask): TaskRow {
  const units = (role: "lead" | "responsible" | "cooperating"): UnitLink[] =>
    task.units.filter((u) => u.role === role).map((u) => ({ name: u.name, href: paths.org(u.orgId) }));
  return { path: task.path, title: task.title, lead: units("lead"), responsible: units("responsible"), cooperating: units("cooperating"), deadline: formatDeadline(task.deadline) };
}

/** A task straight from a document (an older version's), units without links. */
export function documentTaskRow(task: Task): TaskRow {
  const units = (refs: Task["lead"]): UnitLink[] => refs.map((r) => ({ name: r.name, href: null }));
  return { path: task.path, title: task.title, lead: units(task.lead), responsible: units(task.responsible), cooperating: units(task.cooperating), deadline: formatDeadline(task.deadline) };
}
