/** The one error handler and the escaping template, without a database. */
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { GongbaoError } from "../model/index.ts";
import { errorResponse, notFoundResponse } from "./errors.ts";
import { html, raw } from "./views/html.ts";

function appThrowing(error: unknown): Hono {
  const app = new Hono();
  app.onError((e, c) => errorResponse(c, e));
  app.notFound(notFoundResponse);
  const fail = () => {
    throw error;
  };
  app.get("/api/v1/boom", fail);
  app.get("/boom", fail);
  return app;
}

describe("error handler", () => {
  it("answers a GongbaoError with its status and JSON object under /api", async () => {
    const res = await appThrowing(new GongbaoError("bad-request", "limit is wrong", { field: "limit" })).request("/api/v1/boom");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "bad-request", message: "limit is wrong", field: "limit" } });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("hides everything about unexpected errors behind a bare 500", async () => {
    const secret = new Error("connection string postgres://admin:hunter2@db");
    const app = appThrowing(secret);
    const original = console.error;
    console.error = () => undefined;
    try {
      const api = await app.request("/api/v1/boom");
      expect(api.status).toBe(500);
      expect(await api.json()).toEqual({ error: { code: "internal", message: "internal server error" } });
      const page = await app.request("/boom");
      expect(page.status).toBe(500);
      const body = await page.text();
      expect(body).toContain("服务器出错");
      expect(body).not.toMatch(/hunter2|at .*\.ts:\d+/u);
      const driver = await appThrowing(new GongbaoError("database-error", "saving failed: password hunter2")).request("/api/v1/boom");
      expect(JSON.stringify(await driver.json())).not.toContain("hunter2");
    } finally {
      console.error = original;
    }
  });

  it("gives unknown site paths a 404 page that suggests search, home and issues", async () => {
    const res = await appThrowing(null).request("/nowhere");
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain('role="search"');
    expect(body).toContain('href="/"');
    expect(body).toContain('href="/issues"');
  });
});

describe("html template", () => {
  it("escapes interpolations but not trusted fragments", () => {
    const evil = `<script>alert("x")</script>`;
    expect(html`<p title="${evil}">${evil}${raw("<b>ok</b>")}${[1, "<i>"]}${null}${false}</p>`.value)
      .toBe('<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<b>ok</b>1&lt;i&gt;</p>');
  });
});
