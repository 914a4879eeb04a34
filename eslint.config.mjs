import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/dist-server/**", "**/node_modules/**", ".infra/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error"
    }
  },
  {
    // Command-line tools and the gateway's two start-up lines print for the operator.
    files: ["scripts/**", "**/*.cli.ts", "**/bench/**", "apps/web/server/**"],
    rules: { "no-console": "off" }
  }
);
