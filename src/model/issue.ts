/**
 * The open-data contract `gongbao/issue@1` (see docs/issue-json.md): runtime schemas and the
 * TypeScript types derived from them. Producers may add fields, never rename or drop these.
 */
import { z } from "zod";

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "expected YYYY-MM-DD");

/** 1-based source line numbers an item was read from. */
export const Span = z.object({ startLine: z.number().int().positive(), endLine: z.number().int().positive() });
export type Span = z.infer<typeof Span>;

/** A reference from a task to an organisation: the name as printed and the canonical org id. */
export const OrgRef = z.object({ name: z.string().min(1), org: z.string().min(1) });
export type OrgRef = z.infer<typeof OrgRef>;

/** One dated step of a multi-step deadline. */
export const Milestone = z.object({ end: IsoDate, text: z.string() });
export type Milestone = z.infer<typeof Milestone>;

/** A normalised 完成时限. */
export const Deadline = z.object({
  text: z.string(),
  kind: z.enum(["by", "range", "ongoing", "unknown"]),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  annual: z.boolean(),
  milestones: z.array(Milestone),
});
export type Deadline = z.infer<typeof Deadline>;

/** A numeric goal stated inside a measure. */
export const Target = z.object({
  text: z.string(),
  metric: z.string(),
  comparator: z.enum([">=", "<=", "=", ">", "<"]),
  value: z.number(),
  unit: z.string(),
  by: IsoDate.nullable(),
});
export type Target = z.infer<typeof Target>;

/** A measure that names responsible organisations. */
export const Task = z.object({
  path: z.array(z.string()),
  title: z.string(),
  lead: z.array(OrgRef),
  responsible: z.array(OrgRef),
  cooperating: z.array(OrgRef),
  deadline: Deadline.nullable(),
  targets: z.array(Target),
  source: z.enum(["enclosure", "body", "attachment"]),
  /** Extension: source lines of the measure and its unit block. */
  span: Span.optional(),
});
export type Task = z.infer<typeof Task>;

/** A node of a document's outline. */
export interface Section {
  label: string;
  level: number;
  title: string;
  text: string;
  children: Section[];
  /** Extension: the heading's source line. */
  line?: number | undefined;
}
/** Runtime schema of {@link Section} (recursive). */
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    label: z.string(),
    level: z.number().int().min(1).max(6),
    title: z.string(),
    text: z.string(),
    children: z.array(Section),
    line: z.number().int().positive().optional(),
  }),
);

/** A table printed in an attachment; merged cells carried down. */
export const Table = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  span: Span.optional(),
  /** Extension: the source line each row starts on. */
  rowLines: z.array(z.number().int().positive()).optional(),
});
export type Table = z.infer<typeof Table>;

/** An 附件 of a document. */
export const Attachment = z.object({
  label: z.string(),
  title: z.string(),
  altTitles: z.array(z.string()).optional(),
  tables: z.array(Table),
  text: z.string(),
  sections: z.array(Section).optional(),
  span: Span.optional(),
});
export type Attachment = z.infer<typeof Attachment>;

/** The document a 印发/转发 notice carries. */
export const Enclosure = z.object({
  title: z.string(),
  altTitles: z.array(z.string()).optional(),
  sections: z.array(Section),
  /** Extension: the preamble before the first heading. */
  text: z.string().optional(),
  span: Span.optional(),
});
export type Enclosure = z.infer<typeof Enclosure>;

/** A 名词解释 entry. */
export const GlossaryEntry = z.object({ term: z.string(), definition: z.string(), line: z.number().int().positive().optional() });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/** A person named in a chronicle entry. */
export const Person = z.object({ name: z.string(), title: z.string() });
export type Person = z.infer<typeof Person>;

/** A 大事记 entry. */
export const Event = z.object({
  date: IsoDate.nullable(),
  text: z.string(),
  people: z.array(Person),
  line: z.number().int().positive().optional(),
});
export type Event = z.infer<typeof Event>;

/** The parts of a 发文字号. */
export const DocNumberParts = z.object({ agency: z.string(), year: z.number().int(), serial: z.number().int() });
export type DocNumberParts = z.infer<typeof DocNumberParts>;

/** A chronicle's period. */
export const Period = z.object({ text: z.string(), start: IsoDate.nullable(), end: IsoDate.nullable() });
export type Period = z.infer<typeof Period>;

/** One official document (公文) or other item printed in the issue. */
export const Document = z.object({
  seq: z.number().int().positive(),
  category: z.string().nullable(),
  title: z.string().nullable(),
  altTitles: z.array(z.string()).optional(),
  docNumber: z.string().nullable(),
  docNumberParts: DocNumberParts.nullable(),
  genre: z.string().nullable(),
  issuers: z.array(z.string()),
  recipients: z.array(z.string()),
  date: IsoDate.nullable(),
  period: Period.optional(),
  publicity: z.string().nullable(),
  enclosures: z.array(Enclosure),
  sections: z.array(Section),
  attachments: z.array(Attachment),
  glossary: z.array(GlossaryEntry),
  tasks: z.array(Task),
  events: z.array(Event),
  span: Span,
  /** Extension: the body text before the outline (e.g. a notice's or decision's paragraphs). */
  text: z.string().optional(),
});
export type Document = z.infer<typeof Document>;

/** One entry of the printed 目录. */
export const TocEntry = z.object({
  category: z.string().nullable(),
  title: z.string(),
  docNumber: z.string().nullable(),
  page: z.number().int().nullable(),
  line: z.number().int().positive().optional(),
});
export type TocEntry = z.infer<typeof TocEntry>;

/** An organisation of the issue's registry. */
export const Org = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(["department", "town", "subdistrict", "party", "group", "other"]),
});
export type Org = z.infer<typeof Org>;
/** The kinds an organisation can be. */
export type OrgKind = Org["kind"];

/** A problem met while parsing, with the source line where known. */
export const Warning = z.object({ line: z.number().int().positive().nullable(), code: z.string(), message: z.string() });
export type Warning = z.infer<typeof Warning>;

/** The masthead: who publishes the gazette and how to reach them. */
export const Publication = z.object({
  name: z.string().nullable(),
  frequency: z.string().nullable(),
  supervisor: z.string().nullable(),
  sponsor: z.string().nullable(),
  publisher: z.string().nullable(),
  printer: z.string().nullable(),
  editorialBoard: z.object({
    director: z.array(z.string()),
    deputyDirectors: z.array(z.string()),
    members: z.array(z.string()),
  }),
  editorInChief: z.array(z.string()),
  editors: z.array(z.string()),
  contact: z.object({
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    phone: z.string().nullable(),
    fax: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
  }),
});
export type Publication = z.infer<typeof Publication>;

/** The schema identifier every issue carries. */
export const ISSUE_SCHEMA = "gongbao/issue@1" as const;

/** A whole parsed gazette issue. */
export const Issue = z.object({
  schema: z.literal(ISSUE_SCHEMA),
  source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/u), lines: z.number().int().nonnegative() }),
  publication: Publication,
  year: z.number().int().nullable(),
  number: z.number().int().nullable(),
  cumulativeNumber: z.number().int().nullable(),
  date: IsoDate.nullable(),
  toc: z.array(TocEntry),
  documents: z.array(Document),
  orgs: z.array(Org),
  warnings: z.array(Warning),
});
export type Issue = z.infer<typeof Issue>;
