/** The web layer: the public website, the open-data API, feeds and exports. */
export { createApp } from "./app.ts";
export { serve, type RunningServer, type ServeOptions } from "./serve.ts";
export type { AppDeps } from "./deps.ts";
export { openApiDocument } from "./api/index.ts";
export { paths } from "./urls.ts";
