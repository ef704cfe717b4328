/**
 * Before any test: the compiled `cz` command line (build/cli, scripts/build-cli.js) is current, so the tests that
 * run bin/cz.js run what the sources say, and no test's stderr carries the one-line notice of a recompilation.
 */
module.exports = async () => {
  const { buildCli, staleReason } = require("../scripts/build-cli.js");
  if (staleReason() !== null) await buildCli();
};
