import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { averageLinkClusters } from "../src/domain/grouping/average-link-clusters.js";
import {
  domainSubjects,
  frenchTerms,
  frenchTokens,
  normalizeFrench,
  stemFrench,
} from "../src/domain/grouping/french-text.js";
import type { NeedForGrouping } from "../src/domain/grouping/grouping-types.js";
import { buildIdf, needSimilarity } from "../src/domain/grouping/need-similarity.js";
import { DEFAULT_GROUPING_THRESHOLD, suggestGroupings } from "../src/domain/grouping/suggest-groupings.js";

const need = (needId: string, themeCode: string, statement: string, territoryCodes: string[] = []): NeedForGrouping => ({
  needId,
  themeCode,
  statement,
  territoryCodes,
});

// Communes of the Couserans (INSEE codes), as a facilitator would tag them.
const [SAINT_GIRONS, SEIX, CASTILLON, FOIX, PAMIERS] = ["09261", "09285", "09080", "09122", "09225"];

/** Needs captured during a workshop day in Ariège, as typed by the facilitators. */
const ariege: NeedForGrouping[] = [
  need("b-01", "inclusion-mediation", "Manque de médiateurs numériques itinérants dans les communes rurales", [SAINT_GIRONS, SEIX]),
  need("b-02", "inclusion-mediation", "Pas assez de conseillers numériques pour accompagner les seniors", [SEIX]),
  need("b-03", "inclusion-mediation", "Un médiateur numérique itinérant pour les villages de montagne du Couserans", [CASTILLON]),
  need("b-04", "infrastructures", "Zones blanches en téléphonie mobile sur le plateau", [SEIX]),
  need("b-05", "infrastructures", "Couverture 4G absente dans plusieurs villages", [SEIX, CASTILLON]),
  need("b-06", "tiers-lieux", "Créer un tiers-lieu avec espace de coworking à Saint-Girons", [SAINT_GIRONS]),
  need("b-07", "tiers-lieux", "Besoin d'un espace de travail partagé en centre-bourg", [PAMIERS]),
  need("b-08", "demarches-en-ligne", "Les démarches en ligne de la CAF sont trop complexes pour les allocataires", [SAINT_GIRONS]),
  need("b-09", "e-sante", "Téléconsultation impossible faute de médecin dans la vallée", [SEIX]),
  need("b-10", "e-education", "Équiper les écoles en tablettes et en ENT", [FOIX]),
  need("b-11", "donnees-cybersecurite", "Les mairies ne savent pas réagir à une cyberattaque", [FOIX]),
  // Same theme as the mobile coverage and a word in common ("zones"), yet another project.
  need("b-12", "infrastructures", "Raccorder les zones d'activités à la fibre optique", [PAMIERS]),
  // Same theme and same commune as b-06, but not a word in common.
  need("b-13", "tiers-lieux", "Former les bénévoles de l'association gestionnaire à l'animation", [SAINT_GIRONS]),
];
const byId = new Map(ariege.map((n) => [n.needId, n]));
const get = (id: string) => byId.get(id)!;

/** A reproducible shuffle (mulberry32), so that a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe("French text", () => {
  it("lowercases and strips accents and ligatures", () => {
    expect(normalizeFrench("Œuvre à l'École des Médiateurs")).toBe("oeuvre a l'ecole des mediateurs");
    expect(normalizeFrench("COUVERTURE 4G")).toBe("couverture 4g");
  });

  it("drops stop words and words under three letters", () => {
    expect(frenchTokens("Les démarches en ligne de la CAF sont trop complexes pour les allocataires")).toEqual([
      "demarche",
      "ligne",
      "caf",
      "complexe",
      "allocataire",
    ]);
    expect(frenchTokens("Il y a de la 3D au FabLab d'ici")).toEqual(["fablab", "ici"]);
    expect(frenchTokens("   ")).toEqual([]);
  });

  it("keeps the short tokens that carry a need, unstemmed", () => {
    expect(frenchTokens("Pas de 4G ni de 5G, le THD, l'ENT et l'EPS")).toEqual(["4g", "5g", "thd", "ent", "eps"]);
  });

  it("splits on apostrophes and hyphens", () => {
    expect(frenchTokens("L'accès au tiers-lieu d'Aulus-les-Bains")).toEqual(["acce", "tier", "lieu", "aulu", "bain"]);
  });

  it.each([
    ["médiateurs", "mediateu"],
    ["Mediateur", "mediateu"],
    ["numériques", "numeriqu"],
    ["numériquement", "numeriqu"],
    ["formations", "formation"],
    ["accompagnements", "accompagne"],
    ["mobilités", "mobilit"],
    ["nombreuses", "nombreu"],
    ["nombreux", "nombreu"],
    ["tiers-lieux", "lieu"],
    ["villages", "village"],
    ["bus", "bus"],
    ["gaz", "gaz"],
    ["ciment", "ciment"],
  ])("stems %s as %s", (word, stem) => {
    expect(stemFrench(normalizeFrench(word.split("-").at(-1)!))).toBe(stem);
  });

  it("makes accents, case and plurals irrelevant", () => {
    expect(frenchTokens("Médiateurs numériques itinérants")).toEqual(frenchTokens("MEDIATEUR NUMERIQUE ITINERANT"));
    expect(frenchTokens("Zones blanches")).toEqual(frenchTokens("zone blanche"));
  });

  it("remembers each word as it was written, for the reasons", () => {
    expect(frenchTerms("Zones Blanches")).toEqual([
      { stem: "zone", word: "zones" },
      { stem: "blanche", word: "blanches" },
    ]);
  });

  it("recognises the workshop subjects behind different words", () => {
    const subjects = (text: string) => domainSubjects(frenchTokens(text));
    expect(subjects("Zones blanches en téléphonie mobile sur le plateau")).toEqual(["couverture mobile"]);
    expect(subjects("Couverture 4G absente dans plusieurs villages")).toEqual(["couverture mobile"]);
    expect(subjects("Besoin d'un espace de travail partagé en centre-bourg")).toEqual(["tiers-lieu"]);
    expect(subjects("Pas assez de conseillers numériques")).toEqual(["médiation numérique"]);
    // An itinerant mediator is not about mobile coverage; a "conseiller" alone is not a mediator.
    expect(subjects("Un médiateur mobile")).toEqual(["médiation numérique"]);
    expect(subjects("Un conseiller municipal délégué")).toEqual([]);
  });
});

describe("needSimilarity", () => {
  const idf = buildIdf(ariege);

  it("is high for the same need written differently, whatever the accents and plurals", () => {
    const a = need("x", "inclusion-mediation", "Médiateurs numériques itinérants");
    const b = need("y", "e-sante", "MEDIATEUR NUMERIQUE ITINERANT");
    // Same words, different themes, no territory: the text part only.
    expect(needSimilarity(a, b, buildIdf([a, b])).similarity).toBeCloseTo(0.7, 10);
  });

  it("weighs text 0.7, theme 0.2 and territories 0.1", () => {
    const a = need("x", "tiers-lieux", "Créer un fablab", ["09261", "09285", "09080"]);
    const b = need("y", "tiers-lieux", "Former des bénévoles", ["09285", "09080"]);
    const result = needSimilarity(a, b, buildIdf([a, b]));
    expect(result.similarity).toBeCloseTo(0.2 + 0.1 * (2 / 3), 10);
    expect(result.reasons).toEqual(["Même thème", "Territoires communs : 2"]);
  });

  it("explains in French what two needs share", () => {
    expect(needSimilarity(get("b-01"), get("b-03"), idf).reasons).toEqual([
      "Formulations proches : itinérant, médiateur, numériques",
      "Même sujet : médiation numérique",
      "Même thème",
    ]);
    expect(needSimilarity(get("b-04"), get("b-05"), idf).reasons).toEqual([
      "Même sujet : couverture mobile",
      "Même thème",
      "Territoires communs : 1",
    ]);
  });

  it("is 0 with no reason for unrelated needs", () => {
    expect(needSimilarity(get("b-08"), get("b-10"), idf)).toEqual({ similarity: 0, reasons: [] });
  });

  it("copes with a statement of stop words only", () => {
    const empty = need("x", "e-sante", "Il y a de la");
    expect(needSimilarity(empty, get("b-09"), idf).similarity).toBeCloseTo(0.2, 10);
    expect(needSimilarity(empty, empty, idf).similarity).toBeCloseTo(0.2, 10);
  });

  const words = ["médiateurs", "numérique", "itinérant", "4G", "zones", "blanches", "tiers-lieu", "coworking", "CAF", "le", "à"];
  const anyNeed = fc.record({
    needId: fc.string(),
    themeCode: fc.constantFrom("inclusion-mediation", "infrastructures", "tiers-lieux"),
    statement: fc.oneof(fc.string({ unit: "grapheme" }), fc.array(fc.constantFrom(...words)).map((w) => w.join(" "))),
    territoryCodes: fc.subarray(["09261", "09285", "09080", "55029", "55545"]),
  });

  it("is symmetric and between 0 and 1 (property)", () => {
    fc.assert(
      fc.property(anyNeed, anyNeed, fc.array(anyNeed, { maxLength: 5 }), (a, b, others) => {
        const idfOver = buildIdf([a, b, ...others]);
        const ab = needSimilarity(a, b, idfOver).similarity;
        expect(ab).toBe(needSimilarity(b, a, idfOver).similarity);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("suggestGroupings", () => {
  const suggestions = suggestGroupings(ariege);
  const groupOf = (id: string) => suggestions.find((s) => s.needIds.includes(id))?.needIds;

  it("groups the mediation needs, the mobile-coverage needs and the tiers-lieu needs, most alike first", () => {
    expect(suggestions.map((s) => s.needIds)).toEqual([
      ["b-01", "b-02", "b-03"],
      ["b-04", "b-05"],
      ["b-06", "b-07"],
    ]);
  });

  it("leaves unrelated needs alone, even of the same theme or the same commune", () => {
    for (const id of ["b-08", "b-09", "b-10", "b-11", "b-12", "b-13"]) expect(groupOf(id)).toBeUndefined();
  });

  it("gives each group its average pairwise similarity, rounded to 2 decimals", () => {
    const idf = buildIdf(ariege);
    const pair = (a: string, b: string) => needSimilarity(get(a), get(b), idf).similarity;
    const round = (x: number) => Math.round(x * 100) / 100;
    expect(suggestions.map((s) => s.similarity)).toEqual([
      round((pair("b-01", "b-02") + pair("b-01", "b-03") + pair("b-02", "b-03")) / 3),
      round(pair("b-04", "b-05")),
      round(pair("b-06", "b-07")),
    ]);
    for (const { similarity } of suggestions) expect(similarity).toBeGreaterThanOrEqual(DEFAULT_GROUPING_THRESHOLD);
  });

  it("explains each group in French, reasons merged without repeats", () => {
    expect(suggestions.map((s) => s.reasons)).toEqual([
      [
        // "numériques" is in all three statements, "itinérant" and "médiateur" in two.
        "Formulations proches : numériques, itinérant, médiateur",
        "Même sujet : médiation numérique",
        "Même thème",
        "Territoires communs : 1",
      ],
      ["Même sujet : couverture mobile", "Même thème", "Territoires communs : 1"],
      ["Formulations proches : espace", "Même sujet : tiers-lieu", "Même thème"],
    ]);
  });

  it("leaves out the needs already in a candidate project", () => {
    const result = suggestGroupings(ariege, { excludeNeedIds: new Set(["b-02", "b-04"]) });
    expect(result.map((s) => s.needIds)).toEqual([
      ["b-01", "b-03"],
      ["b-06", "b-07"],
    ]);
  });

  it("suggests nothing for one need, or none", () => {
    expect(suggestGroupings([get("b-01")])).toEqual([]);
    expect(suggestGroupings([])).toEqual([]);
    expect(suggestGroupings([get("b-04"), get("b-05")], { excludeNeedIds: new Set(["b-05"]) })).toEqual([]);
  });

  it("counts a repeated need once", () => {
    expect(suggestGroupings([get("b-04"), { ...get("b-04") }])).toEqual([]);
  });

  it("gives the same answer whatever the order of the needs", () => {
    for (const seed of [1, 2, 3, 42, 2024]) expect(suggestGroupings(shuffled(ariege, seed))).toEqual(suggestions);
  });

  it("follows the threshold", () => {
    expect(suggestGroupings(ariege, { threshold: 0.6 }).map((s) => s.needIds)).toEqual([["b-01", "b-03"]]);
    expect(suggestGroupings(ariege, { threshold: 1 })).toEqual([]);
    expect(() => suggestGroupings(ariege, { threshold: 0 })).toThrow(RangeError);
    expect(() => suggestGroupings(ariege, { threshold: 1.5 })).toThrow(RangeError);
    expect(() => suggestGroupings(ariege, { threshold: Number.NaN })).toThrow(RangeError);
  });

  const vocabulary = [
    "Manque de médiateurs numériques",
    "itinérants",
    "communes rurales",
    "zones blanches",
    "couverture 4G",
    "tiers-lieu",
    "espace de coworking",
    "démarches en ligne",
    "fibre optique",
    "seniors",
    "villages",
  ];
  const workshopDay = fc
    .array(
      fc.record({
        themeCode: fc.constantFrom("inclusion-mediation", "infrastructures", "tiers-lieux"),
        statement: fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }).map((s) => s.join(" ")),
        territoryCodes: fc.subarray([SAINT_GIRONS, SEIX, CASTILLON]),
      }),
      { maxLength: 25 },
    )
    .map((needs) => needs.map((n, i) => ({ ...n, needId: `b-${String(i).padStart(2, "0")}` })));

  it("puts each need in one group at most, each group at or above the threshold, in order (property)", () => {
    fc.assert(
      fc.property(workshopDay, fc.constantFrom(0.3, 0.4, 0.6), (needs, threshold) => {
        const result = suggestGroupings(needs, { threshold });
        const ids = result.flatMap((s) => s.needIds);
        expect(new Set(ids).size).toBe(ids.length);
        for (const s of result) {
          expect(s.needIds.length).toBeGreaterThanOrEqual(2);
          expect(s.needIds).toEqual([...s.needIds].sort());
          expect(s.similarity).toBeGreaterThanOrEqual(Math.round(threshold * 100) / 100);
          expect(s.similarity).toBeLessThanOrEqual(1);
        }
        const order = result.map((s) => [-s.similarity, s.needIds[0]!] as const);
        expect(order).toEqual([...order].sort(([a, x], [b, y]) => a - b || (x < y ? -1 : 1)));
      }),
    );
  });

  it("does not depend on the order of the needs (property)", () => {
    fc.assert(
      fc.property(
        workshopDay.chain((needs) => fc.tuple(fc.constant(needs), fc.shuffledSubarray(needs, { minLength: needs.length }))),
        ([needs, reordered]) => {
          expect(suggestGroupings(reordered)).toEqual(suggestGroupings(needs));
        },
      ),
    );
  });
});

describe("averageLinkClusters", () => {
  const matrix = (n: number, pairs: Record<string, number>) => {
    const m = new Float64Array(n * n);
    for (const [key, value] of Object.entries(pairs)) {
      const [i, j] = key.split("-").map(Number) as [number, number];
      m[i * n + j] = m[j * n + i] = value;
    }
    return m;
  };

  it("does not chain: A like B and B like C does not put A with C", () => {
    // Single link would give {0, 1, 2}; on average, 2 is too far from {0, 1}.
    const clusters = averageLinkClusters(matrix(3, { "0-1": 0.9, "1-2": 0.5, "0-2": 0 }), 3, 0.4);
    expect(clusters.map((c) => c.members)).toEqual([[0, 1], [2]]);
    expect(clusters[0]!.pairwiseSum).toBeCloseTo(0.9, 10);
  });

  /** The textbook method: merge the most alike pair of clusters while it reaches the threshold. */
  function greedy(similarity: Float64Array, n: number, threshold: number): number[][] {
    const sim = (a: number[], b: number[]) =>
      a.reduce((sum, i) => sum + b.reduce((s, j) => s + similarity[i * n + j]!, 0), 0) / (a.length * b.length);
    let clusters = Array.from({ length: n }, (_, i) => [i]);
    for (;;) {
      let best: [number, number, number] | undefined;
      for (let a = 0; a < clusters.length; a++)
        for (let b = a + 1; b < clusters.length; b++) {
          const value = sim(clusters[a]!, clusters[b]!);
          if (value >= threshold && (!best || value > best[2])) best = [a, b, value];
        }
      if (!best) return clusters.map((c) => c.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
      const [a, b] = best;
      clusters = [...clusters.filter((_, k) => k !== a && k !== b), [...clusters[a]!, ...clusters[b]!]];
    }
  }

  it("finds the clusters of the textbook method (property)", () => {
    const SCALE = 2 ** 48;
    const instance = fc.integer({ min: 2, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        // Distinct, unbiased values: ties would let both methods rightly disagree.
        values: fc.uniqueArray(fc.noBias(fc.integer({ min: 1, max: SCALE })), {
          minLength: (n * (n - 1)) / 2,
          maxLength: (n * (n - 1)) / 2,
        }),
        threshold: fc.constantFrom(0.2, 0.5, 0.8),
      }),
    );
    fc.assert(
      fc.property(instance, ({ n, values, threshold }) => {
        const similarity = new Float64Array(n * n);
        let k = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) similarity[i * n + j] = similarity[j * n + i] = values[k++]! / SCALE;
        const expected = greedy(similarity, n, threshold);
        expect(averageLinkClusters(similarity.slice(), n, threshold).map((c) => c.members)).toEqual(expected);
      }),
    );
  });
});
