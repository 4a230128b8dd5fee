/** The assessment (考核) page: the rule table, the ranking with breakdowns, the facts and the exemption forms. */
import type { AssessmentFact, AssessmentPeriod, RuleTable, UnitScore } from "../../../track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { withQuery } from "../../urls.ts";
import { trackerPaths } from "../paths.ts";
import { csrfField, type Viewer } from "./frame.ts";

/** What the assessment page shows. */
export interface AssessmentPageModel {
  period: AssessmentPeriod & { key: string };
  table: RuleTable;
  scores: UnitScore[];
  facts: AssessmentFact[];
  exempted: Set<string>;
  viewer: Viewer;
}

function rules(table: RuleTable): SafeHtml {
  return html`<table><caption>考核规则（基础分 ${table.base} 分）</caption><thead><tr><th scope="col">事项</th><th scope="col">分值（每次）</th></tr></thead>
<tbody>${table.rules.map((r) => html`<tr><td>${r.label}</td><td>${r.points > 0 ? `+${r.points}` : r.points}</td></tr>`)}</tbody></table>`;
}

function ranking(scores: UnitScore[]): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-label="得分与排名" tabindex="0"><table><caption>得分与排名</caption>
<thead><tr><th scope="col">排名</th><th scope="col">单位</th><th scope="col">得分</th><th scope="col">明细</th><th scope="col">免于扣分</th></tr></thead>
<tbody>${scores.map((s) => html`<tr><td>${s.rank}</td><th scope="row">${s.unit}</th><td>${s.total}</td>
<td>${s.items.filter((i) => i.points !== 0).map((i) => `${i.label} ${i.count} 次 ${i.points > 0 ? "+" : ""}${i.points}`).join("；")}</td>
<td>${s.exempted.map((e) => `${e.detail}（${e.reason}）`).join("；")}</td></tr>`)}</tbody></table></div>`;
}

function factList(m: AssessmentPageModel): SafeHtml {
  const deducting = new Set(m.table.rules.filter((r) => r.points < 0).map((r) => r.kind));
  const label = new Map(m.table.rules.map((r) => [r.kind, r.label]));
  const byUnit = m.scores.map((s) => ({ s, facts: m.facts.filter((f) => f.orgId === s.orgId && deducting.has(f.kind) && !m.exempted.has(`${f.orgId}|${f.ref}`)) }))
    .filter((x) => x.facts.length > 0);
  if (byUnit.length === 0) return html`<p>本期没有扣分事项。</p>`;
  return html`${byUnit.map(({ s, facts }) => html`<details><summary>${s.unit}（${facts.length} 项扣分事项）</summary><ul>
${facts.map((f) => html`<li>${f.date} ${label.get(f.kind) ?? f.kind}：${f.detail}
<form class="inline" method="post" action="${trackerPaths.exemptions()}">${csrfField(m.viewer)}
<input type="hidden" name="orgId" value="${f.orgId}"><input type="hidden" name="ref" value="${f.ref}"><input type="hidden" name="period" value="${m.period.key}">
<label>免于扣分理由<input name="reason" required maxlength="500"></label><button type="submit">免于扣分</button></form></li>`)}</ul></details>`)}`;
}

/** The assessment page body. */
export function assessmentPage(m: AssessmentPageModel): SafeHtml {
  return html`<h1>${m.period.label}考核</h1>
<form class="inline" method="get" action="${trackerPaths.assessment()}"><label for="a-period">考核期间</label>
<input id="a-period" name="period" value="${m.period.key}" pattern="\\d{4}(-(Q[1-4]|H[12]|\\d{2}))?" aria-describedby="a-period-help">
<span id="a-period-help" class="muted">如 2021-Q2、2021-H1、2021、2021-05</span><button type="submit">查看</button>
<a href="${withQuery(trackerPaths.assessmentCsv(), { period: m.period.key })}" type="text/csv">导出 CSV</a></form>
<p class="muted">${m.period.start} 至 ${m.period.end}</p>
<section aria-labelledby="rules"><h2 id="rules">考核规则</h2>${rules(m.table)}</section>
<section aria-labelledby="ranking"><h2 id="ranking">得分与排名</h2>${ranking(m.scores)}</section>
<section aria-labelledby="facts"><h2 id="facts">扣分事项与免于扣分</h2>${factList(m)}</section>`;
}
