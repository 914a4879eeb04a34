// Starts the local broker and database through infra/up.sh and remembers which servers this
// process started, so that it stops only those (a server that was already running, local or
// external, is left alone).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const infraDir = process.env.TETRIS_INFRA_DIR ?? join(repoRoot, ".infra");

export function infraUp() {
  const result = spawnSync("bash", [join(repoRoot, "infra/up.sh")], { stdio: "inherit" });
  if (result.status !== 0) {
    throw new Error("L'infrastructure locale (Kafka, FerretDB) n'a pas démarré : voir les messages ci-dessus.");
  }
  const marker = join(infraDir, "run/started-by-up");
  if (!existsSync(marker)) return [];
  return readFileSync(marker, "utf8").split(/\s+/).filter(Boolean);
}

export function infraDown(servers) {
  if (servers.length === 0) return;
  spawnSync("bash", [join(repoRoot, "infra/down.sh"), ...servers], { stdio: "inherit" });
}
