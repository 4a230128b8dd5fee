/** Settings, validated at start-up. */
export * from "./config.ts";
