/**
 * The OpenAPI 3.1 description of the API, generated from the same zod schemas that validate
 * requests and type the presenters. Component schemas come from one registry so that shared
 * parts (Section, Task, …) are `$ref`s, and the recursive outline stays finite.
 */
import { z } from "zod";
import {
  Attachment, Deadline, Document, Enclosure, Event, GlossaryEntry, Issue, Org, OrgRef, Publication, Section, Table, Target, Task, TocEntry,
} from "../../model/index.ts";
import {
  DocumentResource, DocumentSummaryResource, ErrorResource, IssueSummaryResource, OrgDetailResource, OrgResource, SearchResultResource,
  TaskResource, pageOf,
} from "./schemas.ts";
import { ApiSearchParams, DocumentsQuery, IdPath, IssuePath, IssueQuery, IssuesQuery, OrgTasksQuery, TasksQuery } from "./params.ts";

type JsonObject = Record<string, unknown>;

const COMPONENTS: Record<string, z.ZodType> = {
  Issue, Publication, TocEntry, Document, Section, Enclosure, Attachment, Table, GlossaryEntry, Event, Task, OrgRef, Deadline, Target, Org,
  IssueSummaryResource, DocumentSummaryResource, DocumentResource, OrgResource, OrgDetailResource, TaskResource, SearchResultResource,
  ErrorResource,
  IssueList: z.object({ items: z.array(IssueSummaryResource) }),
  OrgList: z.object({ items: z.array(OrgResource) }),
  DocumentPage: pageOf(DocumentSummaryResource),
  TaskPage: pageOf(TaskResource),
};

interface Route {
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  response: string;
  mediaType?: string;
}

const ROUTES: Route[] = [
  { path: "/api/v1/issues", summary: "期刊列表（各期的现行版本）", query: IssuesQuery, response: "IssueList" },
  { path: "/api/v1/issues/{year}/{number}", summary: "一期公报（gongbao/issue@1）", params: IssuePath, query: IssueQuery, response: "Issue" },
  { path: "/api/v1/documents", summary: "文件列表（游标分页，新者在前）", query: DocumentsQuery, response: "DocumentPage" },
  { path: "/api/v1/documents/{id}", summary: "一份文件", params: IdPath, response: "DocumentResource" },
  { path: "/api/v1/search", summary: "全文检索", query: ApiSearchParams, response: "SearchResultResource" },
  { path: "/api/v1/orgs", summary: "单位列表", response: "OrgList" },
  { path: "/api/v1/orgs/{id}", summary: "一个单位及其文件", params: IdPath, response: "OrgDetailResource" },
  { path: "/api/v1/orgs/{id}/tasks", summary: "一个单位承担的任务", params: IdPath, query: OrgTasksQuery, response: "TaskPage" },
  { path: "/api/v1/tasks", summary: "任务列表", query: TasksQuery, response: "TaskPage" },
  { path: "/issues/{year}/{number}.json", summary: "一期公报的开放数据文件", params: IssuePath, response: "Issue" },
  { path: "/d/{id}.json", summary: "一份文件的开放数据文件（gongbao/issue@1 Document）", params: IdPath, response: "Document" },
  { path: "/issues/{year}/{number}/tasks.csv", summary: "一期公报的任务表（CSV）", params: IssuePath, response: "csv", mediaType: "text/csv" },
  { path: "/d/{id}/tasks.csv", summary: "一份文件的任务表（CSV）", params: IdPath, response: "csv", mediaType: "text/csv" },
  { path: "/orgs/{id}/tasks.csv", summary: "一个单位的任务表（CSV）", params: IdPath, response: "csv", mediaType: "text/csv" },
];

function stripMeta(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** `gongbao/issue@1` lets producers add fields, so the description must not forbid them. */
function allowExtraFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(allowExtraFields);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k === "additionalProperties" && v === false)).map(([k, v]) => [k, allowExtraFields(v)]));
}

function parameters(schema: z.ZodObject | undefined, where: "path" | "query"): JsonObject[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
    schema: stripMeta(z.toJSONSchema(field as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonObject),
  }));
}

function errorResponse(description: string): JsonObject {
  return { description, content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResource" } } } };
}

function operation(route: Route): JsonObject {
  const ok = route.mediaType
    ? { description: "OK", content: { [route.mediaType]: { schema: { type: "string" } } } }
    : { description: "OK", content: { "application/json": { schema: { $ref: `#/components/schemas/${route.response}` } } } };
  return {
    get: {
      summary: route.summary,
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      responses: {
        "200": { ...ok, headers: { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } } } },
        "304": { description: "Not Modified (If-None-Match matched the ETag)" },
        "400": errorResponse("A parameter is invalid; `error.field` names it"),
        "404": errorResponse("Not found"),
      },
    },
  };
}

let built: JsonObject | null = null;

/** The OpenAPI 3.1 document (built once). */
export function openApiDocument(baseUrl: string): JsonObject {
  if (!built) {
    const registry = z.registry<{ id: string }>();
    for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
    const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any", io: "output" });
    const schemas = Object.fromEntries(Object.entries(generated.schemas).map(([id, s]) => [id, allowExtraFields(stripMeta(s as JsonObject))]));
    built = {
      openapi: "3.1.0",
      info: {
        title: "gongbao 政府公报开放数据 API",
        version: "1.0.0",
        description: "政府公报的期刊、文件、单位、任务与全文检索。数据格式见 gongbao/issue@1。个人信息（出生日期、家庭住址等）默认隐去。",
      },
      paths: Object.fromEntries(ROUTES.map((r) => [r.path, operation(r)])),
      components: { schemas },
    };
  }
  return { ...built, servers: [{ url: baseUrl }] };
}

/** Every path the document describes (for tests and the sitemap of the API). */
export const OPENAPI_PATHS = ROUTES.map((r) => r.path);
