import { it } from "vitest";
import { buildIdf, groupReasons, profileNeed, profileSimilarity } from "../src/domain/grouping/need-similarity.js";
import { averageLinkClusters } from "../src/domain/grouping/average-link-clusters.js";
it("parts", () => {
  const n = 500;
  const words = "médiateur numérique itinérant commune rurale senior zone blanche téléphonie 4G fibre tiers-lieu coworking espace travail démarche ligne caf école tablette mairie vallée plateau village accompagner former élus association formation réseau antenne".split(" ");
  let seed = 42; const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const needs = Array.from({ length: n }, (_, i) => ({ needId: `b-${i}`, themeCode: ["a", "b", "c"][i % 3]!, statement: Array.from({ length: 8 }, () => words[Math.floor(r() * words.length)]).join(" ") + " " + i, territoryCodes: [`0${i % 20}`] }));
  const _needs = Array.from({ length: n }, (_, i) => ({ needId: `b-${i}`, themeCode: "a", statement: "Manque de médiateurs numériques itinérants dans les communes rurales " + (i % 7), territoryCodes: [`0${i % 20}`] }));
  for (let rep = 0; rep < 3; rep++) {
  let t = performance.now();
  const idf = buildIdf(needs); const p = needs.map((x) => profileNeed(x, idf));
  const t1 = performance.now();
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i * n + j] = sim[j * n + i] = profileSimilarity(p[i]!, p[j]!);
  const t2 = performance.now();
  const c = averageLinkClusters(sim, n, 0.4);
  const t3 = performance.now();
  const r = c.map((cl) => groupReasons(cl.members.map((k) => p[k]!), idf));
  const t4 = performance.now();
  console.log("profiles", (t1 - t).toFixed(1), "pairs", (t2 - t1).toFixed(1), "cluster", (t3 - t2).toFixed(1), "reasons", (t4 - t3).toFixed(1), r.length);
  }
});
