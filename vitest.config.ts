import { defineConfig } from "vitest/config";

// Tests sit beside the code; browser and database suites share the same runner.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "bench/**/*.test.ts", "bin/**/*.test.ts"],
    // bench/out is scratch (copies of the tree for before/after runs), never part of the suite.
    exclude: ["**/node_modules/**", "bench/out/**"],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
  },
});
