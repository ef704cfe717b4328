#!/usr/bin/env node
// The `cz` command. TypeScript sources run through tsx, so a fresh `npm ci` is all `npx cz` needs.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cz: unexpected error: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
