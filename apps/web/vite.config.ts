import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { serviceWorkerPlugin } from "./src/service-worker/precache-plugin.js";

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin(fileURLToPath(new URL("./src/service-worker/service-worker.ts", import.meta.url)))],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  test: {
    include: ["test/**/*.spec.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/results.json" },
  },
});
