import { testConfig } from "../../vitest.defaults.js";

export default testConfig();
