/**
 * Ends a jest run with the plain closing line CI reads ("tests: N passed, N failed"), after jest's own summary.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests}${skipped ? ` failed, ${skipped} skipped` : " failed"}\n`,
    );
  }
}

module.exports = PlainSummaryReporter;
