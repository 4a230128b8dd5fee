import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("gives the embedded defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: "./data/gongbao.sqlite", showPersonalData: false, baseUrl: "http://localhost:3000", transparency: true });
  });
  it("reads PORT, DATABASE_URL and the personal-data switch", () => {
    const config = loadConfig({ PORT: "8080", DATABASE_URL: "postgres://u@h/db", GONGBAO_SHOW_PERSONAL_DATA: "1" });
    expect(config).toMatchObject({ port: 8080, databaseUrl: "postgres://u@h/db", showPersonalData: true });
  });
  it("names the field of a bad setting", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/invalid setting PORT/u);
  });
});
