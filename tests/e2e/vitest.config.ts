import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.spec.ts"],
    // Integration tests talk to the real broker and database: give them time, not retries.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
    // kafkajs 2.2.4 schedules a negative timeout that Node 24 warns about (kafkajs #1751); harmless.
    execArgv: ["--disable-warning=TimeoutNegativeWarning"],
  },
});
