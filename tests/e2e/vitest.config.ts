import { testConfig } from "../../vitest.defaults.js";

// The services run as processes here: one test file at a time keeps the two cores for them.
export default testConfig({ maxWorkers: 1 });
