// Runs a command with the local infrastructure up: starts what is not running, runs the
// command, then stops what it started. Used by `npm test`.
import { spawnSync } from "node:child_process";
import { infraDown, infraUp, repoRoot } from "./infra.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-infra.mjs <command> [args…]");
  process.exit(2);
}

const started = infraUp();
let result;
try {
  result = spawnSync(command, args, { stdio: "inherit", cwd: repoRoot });
} finally {
  infraDown(started);
}
process.exit(result?.status ?? 1);
