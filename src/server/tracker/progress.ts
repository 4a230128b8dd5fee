/** `/d/{id}/progress`: the public transparency page of a document, on unless `config.transparency` is off. */
import { Hono } from "hono";
import { z } from "zod";
import { GongbaoError } from "../../model/index.ts";
import { getDocument } from "../../store/index.ts";
import { loadLedger } from "../../store/track/index.ts";
import type { AppDeps } from "../deps.ts";
import { id, validParams } from "../http/validate.ts";
import { sendPage } from "../site/render.ts";
import { todayOf } from "./clock.ts";
import { trackerPaths } from "./paths.ts";
import { progressPage } from "./views/progress-view.ts";

/** The public progress route. */
export function progressRoutes(deps: AppDeps): Hono {
  return new Hono().get("/d/:id{[0-9]+}/progress", async (c) => {
    const documentId = validParams(c, z.object({ id })).id;
    if (!deps.config.transparency) throw new GongbaoError("not-found", "未公开落实进展");
    const stored = await getDocument(deps.db, documentId);
    const today = todayOf(deps);
    const tasks = await loadLedger(deps.db, { documentId }, today);
    const title = stored.document.title ?? stored.document.category ?? "文件";
    return sendPage(c, { title: `落实进展：${title}`, canonical: trackerPaths.progress(documentId), body: progressPage({ id: documentId, title }, tasks, today) });
  });
}
