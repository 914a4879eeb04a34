import { defineConfig } from "vitest/config";

/** The test settings every package shares; a package's vitest.config.ts only says what differs. */
export function testConfig(overrides: { maxWorkers?: number } = {}) {
  return defineConfig({
    test: {
      include: ["test/**/*.spec.ts"],
      // Integration tests talk to the real broker and database: give them time, not retries.
      testTimeout: 60_000,
      // A page or a consumer under the load of a full test run can take seconds, not the 1 s default.
      expect: { poll: { timeout: 15_000, interval: 100 } },
      hookTimeout: 60_000,
      maxWorkers: overrides.maxWorkers ?? 2,
      // kafkajs 2.2.4 schedules a negative timeout that Node 24 warns about (kafkajs #1751); harmless.
      execArgv: ["--disable-warning=TimeoutNegativeWarning"],
      // The JSON report feeds the one-line summary that `npm test` prints at the end.
      reporters: ["default", "json"],
      outputFile: { json: ".vitest/results.json" },
    },
  });
}
