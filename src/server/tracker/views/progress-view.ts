/**
 * The public progress page of a document (落实进展): what is done and what is late, task by task.
 * It shows only what the gazette already publishes and the ledger's outcome — never report texts,
 * comments or anyone's name.
 */
import type { TrackedTaskView } from "../../../store/track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { paths } from "../../urls.ts";
import { lightBadge } from "./frame.ts";

function status(t: TrackedTaskView, today: string): string {
  if (t.completionState === "accepted") return `已办结（${t.completedOn ?? ""}）`;
  const late = t.milestones.filter((m) => m.doneOn === null && m.due < today).sort((a, b) => a.due.localeCompare(b.due))[0];
  if (late) return `已逾期（完成时限 ${late.due}）`;
  return t.completionState === "proposed" ? "已申请办结，待审核" : "推进中";
}

/** The transparency page body. */
export function progressPage(doc: { id: number; title: string | null }, tasks: TrackedTaskView[], today: string): SafeHtml {
  const done = tasks.filter((t) => t.completionState === "accepted").length;
  const late = tasks.filter((t) => t.completionState !== "accepted" && t.milestones.some((m) => m.doneOn === null && m.due < today)).length;
  return html`<h1>落实进展：${doc.title ?? "（无标题）"}</h1>
<p><a href="${paths.document(doc.id)}">查看文件原文</a></p>
<p>截至 <time datetime="${today}">${today}</time>，本文件共 ${tasks.length} 项任务：已办结 ${done} 项，逾期未完成 ${late} 项，其余 ${tasks.length - done - late} 项正在推进。</p>
${tasks.length === 0 ? html`<p>本文件没有列入督查的任务。</p>` : html`<div class="table-wrap" role="region" aria-label="任务落实进展" tabindex="0"><table class="tasks">
<caption>任务落实进展</caption>
<thead><tr><th scope="col">序号</th><th scope="col">任务</th><th scope="col">责任单位</th><th scope="col">完成时限</th><th scope="col">进展</th><th scope="col">灯色</th></tr></thead>
<tbody>${tasks.map((t, i) => html`<tr><td>${i + 1}</td><td><span class="muted">${t.path.join("")}</span> ${t.title}</td>
<td>${[...new Set(t.assignments.filter((a) => a.role !== "cooperating").map((a) => a.unit))].join("、")}</td>
<td>${t.deadlineText ?? ""}</td><td>${status(t, today)}</td><td>${lightBadge(t.light.color)}</td></tr>`)}</tbody></table></div>`}
<p class="muted">灯色依据完成时限和进展报告报送情况自动研判；红灯表示逾期或多次未按时报送进展，黄灯表示临近完成时限或进展滞后。</p>`;
}
