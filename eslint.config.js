// Lint rules: typescript-eslint's recommended type-aware set, plus the house rules that keep
// process.exit at the CLI entry and `any` out of the code.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "data", "test-results", "dist", "coverage", "bin/*.mjs", "bench/out"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Chinese text legitimately holds the ideographic space (U+3000) in strings and templates.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-properties": ["error", { object: "process", property: "exit", message: "Only src/cli/main.ts may exit the process." }],
    },
  },
  {
    files: ["src/cli/main.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-restricted-properties": "off" },
  },
);
