/** Sign-in, sessions, CSRF, rate limiting and escaping in the tracker, on both dialects. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../store/test-databases.ts";
import { loadLedger } from "../../store/track/index.ts";
import { csrfIn, openTrackerApp, PASSWORD, type TrackerFixture } from "./test-tracker.ts";

describe.each(testDialects())("tracker security on %s", (dialect) => {
  let f: TrackerFixture;
  let dutyId: number;

  beforeAll(async () => {
    f = await openTrackerApp(dialect, { today: "2021-07-15" });
    const tasks = await loadLedger(f.t.db, { orgId: f.orgA }, "2021-07-15");
    dutyId = tasks.flatMap((t) => t.assignments).find((a) => a.orgId === f.orgA && a.duties.length > 0)?.duties[0]?.id ?? 0;
  });
  afterAll(async () => f?.t.drop());

  it("sets an httpOnly, SameSite=Lax, Secure session cookie and ends it on logout", async () => {
    const a = f.anonymous();
    a.csrf = csrfIn(await (await a.get("/login")).text());
    const res = await a.post("/login", { username: "jiaotiju", password: PASSWORD });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/tracker/units/${f.orgA}`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("gongbao_session="));
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Lax/u);
    expect(cookie).toMatch(/Secure/u);
    const token = a.jar.get("gongbao_session") ?? "";
    a.csrf = csrfIn(await (await a.get(`/tracker/units/${f.orgA}`)).text());
    expect((await a.post("/logout", {}, { csrf: false })).status).toBe(403);
    const out = await a.post("/logout");
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/login");
    expect(a.jar.has("gongbao_session")).toBe(false);
    const replay = await f.app.request("/tracker", { headers: { Cookie: `gongbao_session=${token}` } });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("location")).toBe("/login?next=%2Ftracker");
  });

  it("refuses state-changing requests without the session's CSRF token", async () => {
    const a = await f.login("jiaotiju");
    const form = { workDone: "无令牌", status: "推进中" };
    const missing = await a.post(`/tracker/duties/${dutyId}/report`, form, { csrf: false });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain("表单已失效");
    expect((await a.post(`/tracker/duties/${dutyId}/report`, { ...form, _csrf: "forged" }, { csrf: false })).status).toBe(403);
    const other = await f.login("caizhengju");
    expect((await a.post(`/tracker/duties/${dutyId}/report`, { ...form, _csrf: other.csrf }, { csrf: false })).status).toBe(403);
    const json = await a.post(`/tracker/duties/${dutyId}/report`, form, { csrf: false, headers: { Accept: "application/json" } });
    expect(await json.json()).toMatchObject({ error: { code: "csrf-failed" } });
    const header = await a.post(`/tracker/duties/${dutyId}/report`, form, { csrf: false, headers: { "X-CSRF-Token": a.csrf } });
    expect(header.status).toBe(303);
    const login = f.anonymous();
    await login.get("/login");
    expect((await login.post("/login", { username: "jiaotiju", password: PASSWORD }, { csrf: false })).status).toBe(403);
  });

  it("limits failed logins per username and address, with the injected clock", async () => {
    const a = f.anonymous();
    a.csrf = csrfIn(await (await a.get("/login")).text());
    for (let i = 0; i < 5; i++) {
      const res = await a.post("/login", { username: "duchashi", password: "wrong password" });
      expect(res.status).toBe(401);
      expect(await res.text()).toContain("用户名或密码错误");
    }
    const blocked = await a.post("/login", { username: "duchashi", password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain("尝试过于频繁");
    expect((await a.post("/login", { username: "admin", password: PASSWORD })).status).toBe(303);
    const start = f.clock.now;
    f.clock.now = new Date(start.getTime() + 16 * 60_000);
    try {
      expect((await a.post("/login", { username: "duchashi", password: PASSWORD })).status).toBe(303);
    } finally {
      f.clock.now = start;
    }
  });

  it("ignores login targets outside the tracker", async () => {
    const a = f.anonymous();
    a.csrf = csrfIn(await (await a.get("/login?next=https://evil.example/")).text());
    for (const next of ["https://evil.example/", "//evil.example/tracker", "/tracker/../../x", "/trackerx"]) {
      const res = await a.post("/login", { username: "duchashi", password: PASSWORD, next });
      expect(res.headers.get("location"), next).toBe("/tracker");
    }
    expect((await a.post("/login", { username: "duchashi", password: PASSWORD, next: "/tracker/audit" })).headers.get("location")).toBe("/tracker/audit");
  });

  it("shows script and markup in a report as text", async () => {
    const a = await f.login("jiaotiju");
    const hostile = { workDone: "<script>alert('xss')</script>完成", problems: "<img src=x onerror=alert(2)>", nextSteps: "\"><b>粗</b>", status: "推进中", intent: "submit" };
    expect((await a.post(`/tracker/duties/${dutyId}/report`, { ...hostile, evidenceUrl: "javascript:alert(1)" })).status).toBe(400);
    expect((await a.post(`/tracker/duties/${dutyId}/report`, hostile)).status).toBe(303);
    for (const viewer of [a, await f.login("duchashi")]) {
      const body = await (await viewer.get(`/tracker/duties/${dutyId}/report`)).text();
      expect(body).toContain("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;完成");
      expect(body).toContain("&lt;img src=x onerror=alert(2)&gt;");
      expect(body).not.toContain("<script>alert");
      expect(body).not.toContain("<img src=x");
      expect(body).not.toContain("<b>粗</b>");
    }
  });

  it("ends a deactivated user's sessions at once", async () => {
    const b = await f.login("caizhengju");
    expect((await b.get(`/tracker/units/${f.orgB}`)).status).toBe(200);
    const admin = await f.login("admin");
    const users = await (await admin.get("/tracker/admin/users")).text();
    const id = /action="\/tracker\/admin\/users\/(\d+)\/active"[^]*?caizhengju/u.exec(users.slice(users.indexOf("caizhengju") - 600))?.[1];
    expect(id).toBeDefined();
    expect((await admin.post(`/tracker/admin/users/${id}/active`, { active: "0" })).status).toBe(303);
    expect((await b.get(`/tracker/units/${f.orgB}`)).status).toBe(302);
    const again = f.anonymous();
    again.csrf = csrfIn(await (await again.get("/login")).text());
    expect((await again.post("/login", { username: "caizhengju", password: PASSWORD })).status).toBe(401);
    expect(await (await admin.get("/tracker/admin/users")).text()).toContain("已停用");
    expect((await admin.post(`/tracker/admin/users/${id}/active`, { active: "1" })).status).toBe(303);
  });
});
