// `npm test`: lint, typecheck and every test (unit, integration, end-to-end) through turbo,
// then one summary line over all packages.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./infra.mjs";

const packages = ["packages/shared", "services/questionnaire", "services/workshops", "services/projects", "services/access", "apps/web", "apps/oidc-dev", "tests/e2e"];
for (const p of packages) rmSync(join(repoRoot, p, ".vitest"), { recursive: true, force: true });

// The browser tests drive Debian's Chromium: make sure it is there before anything runs.
if (spawnSync("bash", [join(repoRoot, "infra/chromium.sh")], { stdio: "inherit" }).status !== 0) process.exit(1);

const turbo = spawnSync(join(repoRoot, "node_modules/.bin/turbo"), ["run", "lint", "typecheck", "test", ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: "inherit",
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const p of packages) {
  const report = join(repoRoot, p, ".vitest/results.json");
  if (!existsSync(report)) continue;
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + (results.numTodoTests ?? 0);
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(turbo.status !== 0 || failed > 0 ? 1 : passed === 0 ? 1 : 0);
