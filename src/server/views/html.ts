/**
 * A tiny HTML template: every interpolated value is escaped unless it is already SafeHtml, so
 * document text (which may contain `<script>`) always comes out as text.
 */
import { escapeHtml } from "../../search/index.ts";

/** Escapes text for element content and quoted attribute values (one implementation, beside the snippets). */
export { escapeHtml };

/** A fragment of markup that is trusted as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  /** The markup itself. */
  toString(): string {
    return this.value;
  }
}

/** Values a template accepts; null, undefined and false render as nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];


function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value as string | number | boolean));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Marks markup produced by trusted code (e.g. search snippets, already escaped) as safe. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Renders each item and joins the fragments with an optional separator. */
export function join<T>(items: readonly T[], each: (item: T, index: number) => HtmlValue, separator: HtmlValue = ""): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(items.map((item, i) => render(each(item, i))).join(sep));
}
