/**
 * The one typed settings module: read from the environment once at start-up, validated with
 * zod, and passed down. Nothing else reads process.env.
 */
import { z } from "zod";
import { GongbaoError } from "../model/index.ts";

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.string().min(1).default("./data/gongbao.sqlite"),
  /** Show private persons' personal data (birth dates, home addresses) printed in rosters. */
  GONGBAO_SHOW_PERSONAL_DATA: z.enum(["0", "1", "true", "false"]).default("0").transform((v) => v === "1" || v === "true"),
  /** Public base URL used in feeds and sitemaps. */
  GONGBAO_BASE_URL: z.string().url().optional(),
  /** An extra organisation alias table (JSON) merged into the curated one. */
  GONGBAO_ORG_ALIASES: z.string().optional(),
  /** Publish per-document implementation status pages. */
  GONGBAO_TRANSPARENCY: z.enum(["0", "1", "true", "false"]).default("1").transform((v) => v === "1" || v === "true"),
});

/** gongbao's settings. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  showPersonalData: boolean;
  baseUrl: string;
  orgAliasesFile: string | undefined;
  transparency: boolean;
}

/** Reads and validates the settings from an environment (process.env at the entry point). */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "environment";
    throw new GongbaoError("config-invalid", `invalid setting ${field}: ${issue?.message ?? "invalid"}`, { field });
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    showPersonalData: e.GONGBAO_SHOW_PERSONAL_DATA,
    baseUrl: (e.GONGBAO_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/u, ""),
    orgAliasesFile: e.GONGBAO_ORG_ALIASES,
    transparency: e.GONGBAO_TRANSPARENCY,
  };
}
