import { it } from "vitest";
import { suggestGroupings } from "../src/domain/grouping/suggest-groupings.js";
const words = "médiateur numérique itinérant commune rurale senior zone blanche téléphonie 4G fibre tiers-lieu coworking espace travail démarche ligne caf école tablette mairie vallée plateau village accompagner former élus association formation réseau antenne".split(" ");
function rnd(seed: number) { return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648); }
it("perf", () => {
  const r = rnd(42);
  for (const [label, make] of [
    ["random", (i: number) => Array.from({ length: 8 }, () => words[Math.floor(r() * words.length)]).join(" ") + " " + i],
    ["all alike", (i: number) => "Manque de médiateurs numériques itinérants dans les communes rurales " + (i % 7)],
  ] as const) {
    const needs = Array.from({ length: 500 }, (_, i) => ({ needId: `b-${String(i).padStart(3, "0")}`, themeCode: ["a", "b", "c"][i % 3]!, statement: make(i), territoryCodes: [`0${i % 20}`] }));
    suggestGroupings(needs);
    const t = performance.now();
    const out = suggestGroupings(needs);
    console.log(label, (performance.now() - t).toFixed(1), "ms", out.length, "groups", out.reduce((s, g) => s + g.needIds.length, 0), "needs grouped");
  }
});
