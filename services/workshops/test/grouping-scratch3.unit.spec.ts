import { it } from "vitest";
import { frenchTerms, domainSubjects, normalizeFrench } from "../src/domain/grouping/french-text.js";
it("tok", () => {
  const s = "Manque de médiateurs numériques itinérants dans les communes rurales du plateau 12";
  for (let rep = 0; rep < 3; rep++) {
    let t = performance.now();
    for (let i = 0; i < 1000; i++) frenchTerms(s + i);
    const t1 = performance.now();
    const stems = frenchTerms(s).map((x) => x.stem);
    for (let i = 0; i < 1000; i++) domainSubjects(stems);
    const t2 = performance.now();
    for (let i = 0; i < 12000; i++) normalizeFrench("médiateurs" + i);
    const t3 = performance.now();
    console.log("terms", (t1 - t).toFixed(1), "subjects", (t2 - t1).toFixed(1), "normalize", (t3 - t2).toFixed(1));
  }
});
