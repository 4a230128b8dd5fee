/**
 * The check of a parse against gongbao/issue@1 before anyone sees it. The schemas are the
 * model's; this only makes the check cheap for a large issue: documents are checked one at a
 * time, by a validator compiled once that builds no copy of them.
 */
import { compile, z } from "zod";
import { Attachment, Document, Enclosure, GongbaoError, Issue, Section } from "../model/index.ts";

/** Nesting the compiled check covers; a deeper outline goes to the runtime parser. */
const MAX_DEPTH = 8;

/**
 * Section is recursive, a cycle z.compile refuses. Unrolled MAX_DEPTH times from its own node
 * schema (children below the last level must be empty), it checks exactly what Section checks
 * for every outline that deep.
 */
function unrolledSections(): z.ZodType | null {
  if (!(Section instanceof z.ZodLazy)) return null;
  const node: unknown = Section.unwrap();
  if (!(node instanceof z.ZodObject)) return null;
  let sections: z.ZodType = z.array(z.never());
  for (let d = 0; d < MAX_DEPTH; d++) sections = z.array(node.extend({ children: sections }));
  return sections;
}

function compiledDocument(): z.ZodType | null {
  const sections = unrolledSections();
  if (!sections) return null;
  // The three fields of Document that hold sections, as the model declares them.
  return compile(Document.extend({
    sections,
    enclosures: z.array(Enclosure.extend({ sections })),
    attachments: z.array(Attachment.extend({ sections: sections.optional() })),
  }));
}

const COMPILED_DOCUMENT = compiledDocument();

/**
 * Checks the output against gongbao/issue@1. The parser's own objects are returned, so a large
 * issue is never held twice; a document the compiled check rejects (or cannot cover) goes
 * through Document's runtime parse, which decides and gives the message.
 */
export function validateIssue(issue: Issue, file: string): void {
  const fail = (path: (string | number | symbol)[], message: string): never => {
    throw new GongbaoError("invalid-output", `the parse does not fit gongbao/issue@1 at ${path.map(String).join(".")}: ${message}`, { file });
  };
  const head = Issue.safeParse({ ...issue, documents: [] });
  if (!head.success) fail(head.error.issues[0]?.path ?? [], head.error.issues[0]?.message ?? "invalid");
  issue.documents.forEach((doc, i) => {
    if (COMPILED_DOCUMENT?.validate(doc)) return;
    const checked = Document.safeParse(doc);
    if (!checked.success) fail(["documents", i, ...(checked.error.issues[0]?.path ?? [])], checked.error.issues[0]?.message ?? "invalid");
  });
}
