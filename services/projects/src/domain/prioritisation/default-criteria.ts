import { z } from "zod";
import type { Criterion } from "./prioritisation-types.js";

/** The grid a case starts with; ANCT may change labels, weights and criteria per case. */
export const defaultCriteria: Criterion[] = [
  { code: "besoins-prioritaires", label: "Répond aux besoins prioritaires", weight: 3 },
  { code: "territoire-couvert", label: "Territoire et population couverts", weight: 2 },
  { code: "maturite-faisabilite", label: "Maturité et faisabilité", weight: 2 },
  { code: "adequation-themes", label: "Adéquation avec les thèmes classés", weight: 2 },
  { code: "besoin-accompagnement", label: "Besoin d'un accompagnement ANCT", weight: 1 },
  { code: "votes-atelier", label: "Votes de l'atelier", weight: 1 },
];

export const MAX_CRITERIA = 12;
/** Far above any sensible weight, far below where Σ wᵢ·sᵢ would overflow to Infinity. */
export const MAX_WEIGHT = 1000;

/** zod's own messages are English: every field says in French what it expected. */
function expecting(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? "Champ obligatoire" : message) };
}

const objectError = {
  error: (issue: { code?: string; input?: unknown; keys?: string[] }) =>
    issue.code === "unrecognized_keys"
      ? `Champ inconnu : ${(issue.keys ?? []).join(", ")}`
      : issue.input === undefined
        ? "Champ obligatoire"
        : "Objet attendu",
};

// Codes are kept in every score and event: once given, they stay plain and stable.
const criterionCode = z
  .string(expecting("Code de critère attendu"))
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Code invalide : minuscules, chiffres et tirets (ex. « votes-atelier »)")
  .max(60, "60 caractères au plus");

const criterionSchema = z.strictObject(
  {
    code: criterionCode,
    label: z.string(expecting("Libellé attendu")).trim().min(1, "Champ obligatoire").max(120, "120 caractères au plus"),
    // zod 4 numbers already refuse NaN and ±Infinity.
    weight: z
      .number(expecting("Poids attendu : un nombre"))
      .min(0, "Le poids ne peut pas être négatif")
      .max(MAX_WEIGHT, `Le poids ne peut pas dépasser ${MAX_WEIGHT}`),
  },
  objectError,
);

/** A grid as ANCT edits it: 1–12 criteria, unique codes, at least one weight above zero. */
export const criteriaSchema = z
  .array(criterionSchema, expecting("Liste de critères attendue"))
  .min(1, "Au moins un critère")
  .max(MAX_CRITERIA, `${MAX_CRITERIA} critères au plus`)
  .superRefine((criteria, ctx) => {
    const seen = new Set<string>();
    criteria.forEach((criterion, index) => {
      if (seen.has(criterion.code)) {
        ctx.addIssue({ code: "custom", path: [index, "code"], message: `Code de critère en double : « ${criterion.code} »` });
      }
      seen.add(criterion.code);
    });
    if (criteria.length > 0 && !criteria.some((criterion) => criterion.weight > 0)) {
      ctx.addIssue({ code: "custom", path: [], message: "Au moins un critère doit avoir un poids supérieur à zéro" });
    }
  });
