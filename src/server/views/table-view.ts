/** Attachment tables as real tables (column headers with scope) and the glossary as a definition list. */
import type { GlossaryEntry, Table } from "../../model/index.ts";
import { html, type SafeHtml } from "./html.ts";

/** One printed table; wide tables scroll inside a labelled, focusable region. */
export function tableView(table: Table, caption: string): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-label="${caption}" tabindex="0"><table>
<caption>${caption}</caption>
<thead><tr>${table.columns.map((col) => html`<th scope="col">${col}</th>`)}</tr></thead>
<tbody>${table.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

/** The 名词解释 as terms and definitions. */
export function glossaryView(entries: GlossaryEntry[]): SafeHtml {
  return html`<dl class="glossary">${entries.map((g) => html`<dt>${g.term}</dt><dd>${g.definition}</dd>`)}</dl>`;
}
