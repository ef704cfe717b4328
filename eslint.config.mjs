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
  {
    // The door to Excel knows the workbook and the core's data model, nothing else: text parsing (src/ingest),
    // the command line, the pane and the runtime's layers are above it. Its tests import their kit from test/.
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/ingest/**", "**/ingest", "**/cli/**", "**/cli"],
              message: "src/excel must not depend on src/ingest or src/cli (test support lives in test/).",
            },
            {
              group: ["**/taskpane/**", "**/runtime/**", "**/functions/**"],
              message: "src/excel is the door the pane and the runtime call, never the other way round.",
            },
            { group: ["react", "react-dom", "@fluentui/*"], message: "src/excel has no UI." },
          ],
        },
      ],
    },
  },
  {
    // Nothing in the core depends on the text pipeline either: the functions and the door import the core.
    files: ["src/core/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process", "crypto", "util"],
              message: "src/core is pure.",
            },
            { group: ["react", "react-dom", "@fluentui/*"], message: "src/core is pure: no UI." },
            {
              group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/ingest/**", "**/runtime/**"],
              message: "src/core depends on nothing above it.",
            },
          ],
        },
      ],
    },
  },
);
