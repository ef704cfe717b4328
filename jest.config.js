/** Unit and integration tests: ts-jest over src/ and test/, the browser end-to-end tests in test/e2e included. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  globalSetup: "<rootDir>/test/globalSetup.js",
  reporters: ["default", "<rootDir>/test/plainSummaryReporter.js"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }],
  },
};
