/** Server-side views: the escaping template, the page frame and one render function per page. */
export { html, raw, join, escapeHtml, SafeHtml, type HtmlValue } from "./html.ts";
export { layout, searchForm, type PageOptions, type DataLink } from "./layout.ts";
export { homePage, documentList } from "./home-view.ts";
export { issuePage, issuesIndex, masthead, tocView, type TocLink } from "./issue-view.ts";
export { documentPage, type DocumentPageModel } from "./document-view.ts";
export { orgPage, orgsIndex } from "./org-view.ts";
export { searchPage } from "./search-view.ts";
export { timeline, type TimelineEvent } from "./chronicle-view.ts";
export { tasksTable, type TaskRow, type UnitLink } from "./tasks-view.ts";
export { errorPage } from "./error-view.ts";
