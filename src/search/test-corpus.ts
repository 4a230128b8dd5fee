/** The sample issue as a search test corpus: gold documents with their body lines from the sample text. */
import { readFileSync } from "node:fs";
import { Issue } from "../model/issue.ts";
import type { SearchDocument } from "./types.ts";

const root = new URL("../../samples/", import.meta.url);

/** The sample issue's documents as SearchDocuments, and the organisation names of its registry. */
export function sampleCorpus(): { docs: SearchDocument[]; orgNames: string[] } {
  const issue = Issue.parse(JSON.parse(readFileSync(new URL("gold/dawukou-2021-03.json", root), "utf8")));
  const lines = readFileSync(new URL("dawukou-2021-03.txt", root), "utf8").split(/\r?\n/u);
  const docs = issue.documents.map((doc): SearchDocument => {
    const orgs = doc.tasks.flatMap((task) => [...task.lead, ...task.responsible, ...task.cooperating]);
    const orgIds = [...new Set(orgs.map((ref) => Number(ref.org.replace(/^org-/u, ""))))].filter(Number.isInteger);
    return {
      id: doc.seq * 10,
      issueId: 1,
      title: doc.title ?? "",
      docNumber: doc.docNumber,
      category: doc.category,
      genre: doc.genre,
      issuers: doc.issuers,
      orgIds,
      year: issue.year,
      issueNumber: issue.number,
      date: doc.date,
      text: lines.slice(doc.span.startLine - 1, doc.span.endLine).join("\n"),
    };
  });
  const orgNames = issue.orgs.flatMap((org) => [org.name, ...org.aliases]);
  return { docs, orgNames };
}

/** The text a document is searchable by: its title and body. */
export function searchableText(doc: SearchDocument): string {
  return `${doc.title}\n${doc.text}`;
}
