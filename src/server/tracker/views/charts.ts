/**
 * Charts drawn on the server as SVG: a donut of lights and a bar chart of overdue tasks per unit.
 * Each is an image with a <title> and <desc> spelling out its numbers, and the same numbers are
 * always in a table on the page, so nothing depends on seeing colour or shape.
 */
import type { LightCounts } from "../../../store/track/index.ts";
import type { LightColor } from "../../../track/index.ts";
import { html, type SafeHtml } from "../../views/html.ts";
import { LIGHT_NAMES } from "./frame.ts";

const FILL: Record<LightColor, string> = { red: "#c62828", yellow: "#e0a800", green: "#2e7d32", grey: "#9e9e9e" };
const ORDER: LightColor[] = ["red", "yellow", "green", "grey"];

function arc(cx: number, cy: number, r: number, from: number, to: number): string {
  const point = (a: number) => `${(cx + r * Math.sin(a)).toFixed(2)} ${(cy - r * Math.cos(a)).toFixed(2)}`;
  const large = to - from > Math.PI ? 1 : 0;
  return `M ${point(from)} A ${r} ${r} 0 ${large} 1 ${point(to)}`;
}

/** A donut of task lights with a legend. */
export function lightDonut(counts: LightCounts, id: string): SafeHtml {
  const total = ORDER.reduce((n, c) => n + counts[c], 0);
  const summary = ORDER.map((c) => `${LIGHT_NAMES[c]} ${counts[c]} 项`).join("，");
  let angle = 0;
  const segments = ORDER.filter((c) => counts[c] > 0).map((c) => {
    const sweep = (counts[c] / total) * Math.PI * 2;
    const path = sweep >= Math.PI * 2 - 1e-6
      ? html`<circle cx="60" cy="60" r="45" fill="none" stroke="${FILL[c]}" stroke-width="22"/>`
      : html`<path d="${arc(60, 60, 45, angle, angle + sweep)}" fill="none" stroke="${FILL[c]}" stroke-width="22"/>`;
    angle += sweep;
    return path;
  });
  return html`<svg role="img" aria-labelledby="${id}-t ${id}-d" width="300" height="130" viewBox="0 0 300 130">
<title id="${id}-t">任务灯色分布（共 ${total} 项）</title><desc id="${id}-d">${summary}</desc>
${total === 0 ? html`<circle cx="60" cy="60" r="45" fill="none" stroke="#ddd" stroke-width="22"/>` : segments}
<text x="60" y="66" text-anchor="middle" font-size="18">${total}</text>
${ORDER.map((c, i) => html`<rect x="135" y="${15 + i * 26}" width="16" height="16" fill="${FILL[c]}"/><text x="158" y="${28 + i * 26}" font-size="14">${LIGHT_NAMES[c]} ${counts[c]}</text>`)}
</svg>`;
}

/** Horizontal bars, one per label, scaled to the largest value. */
export function barChart(rows: { label: string; value: number }[], title: string, id: string): SafeHtml {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = 20 + rows.length * 24;
  const summary = rows.length === 0 ? "无数据" : rows.map((r) => `${r.label} ${r.value}`).join("，");
  return html`<svg role="img" aria-labelledby="${id}-t ${id}-d" width="520" height="${height}" viewBox="0 0 520 ${height}">
<title id="${id}-t">${title}</title><desc id="${id}-d">${summary}</desc>
${rows.map((r, i) => {
    const y = 10 + i * 24;
    const w = Math.round((r.value / max) * 250);
    return html`<text x="205" y="${y + 15}" text-anchor="end" font-size="13">${r.label.length > 14 ? `${r.label.slice(0, 13)}…` : r.label}</text>
<rect x="210" y="${y + 2}" width="${w}" height="16" fill="#b3121b"/><text x="${215 + w}" y="${y + 15}" font-size="13">${r.value}</text>`;
  })}
</svg>`;
}
