import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["dist/", "build/", "coverage/", "node_modules/", "bench-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // `{ dropped: _dropped, ...rest }` is how a field is left out of a copy.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The core and the ingest pipeline run in Excel's JavaScript runtime, the browser and Node alike.
    files: ["src/core/**/*.ts", "src/ingest/**/*.ts"],
    // Tests run only under Node and may read fixtures from disk; the code they test stays pure.
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process", "crypto", "util"],
              message: "src/core and src/ingest are pure: no Node-only modules.",
            },
            {
              group: ["react", "react-dom", "@fluentui/*"],
              message: "src/core and src/ingest are pure: no UI.",
            },
            {
              group: ["**/excel/**", "**/taskpane/**", "**/cli/**"],
              message: "src/core and src/ingest must not depend on the adapters.",
            },
          ],
        },
      ],
    },
  },
);
