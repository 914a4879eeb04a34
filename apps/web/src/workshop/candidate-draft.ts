import type { FieldErrors } from "../components/campaign-form-errors.js";
import type { CandidateInput, GroupingSuggestion, Maturity, NeedView, ProjectKind } from "./workshop-types.js";

/** What the candidate project form holds, as typed. */
export interface CandidateDraft {
  title: string;
  description: string;
  kind: ProjectKind | "";
  leadOrganisation: string;
  maturity: Maturity | "";
  budgetMin: string;
  budgetMax: string;
  needIds: string[];
}

/** The fields of the form, in page order, as the server names them where it can. */
export const candidateFields = ["title", "description", "kind", "leadOrganisation", "maturity", "budgetRange.minEuros", "budgetRange.maxEuros", "needIds"] as const;

export function emptyCandidateDraft(): CandidateDraft {
  return { title: "", description: "", kind: "", leadOrganisation: "", maturity: "", budgetMin: "", budgetMax: "", needIds: [] };
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * A first draft from a grouping suggestion: the first need's statement as title, every statement
 * in the description, a tiers-lieu when all needs are on that theme, the first actor named as
 * porteur, « Idée » as maturity. Staff change what they want before creating it.
 */
export function draftFromSuggestion(suggestion: GroupingSuggestion, needs: NeedView[]): CandidateDraft {
  const grouped = suggestion.needIds.map((id) => needs.find((n) => n.needId === id)).filter((n): n is NeedView => n !== undefined);
  const lead = grouped.flatMap((n) => n.actorsConcerned)[0] ?? "";
  return {
    title: shorten(grouped[0]?.statement ?? "", 200),
    description: shorten(["Besoins regroupés :", ...grouped.map((n) => `- ${n.statement}`)].join("\n"), 5000),
    kind: grouped.length > 0 && grouped.every((n) => n.themeCode === "tiers-lieux") ? "tiers-lieu" : "numerique",
    leadOrganisation: shorten(lead, 200),
    maturity: "idee",
    budgetMin: "",
    budgetMax: "",
    needIds: grouped.map((n) => n.needId),
  };
}

/** The communes and EPCI of the needs taken up, each once: the project covers them. */
export function territoriesOf(needIds: string[], needs: NeedView[]): NeedView["territories"] {
  const seen = new Map<string, NeedView["territories"][number]>();
  for (const need of needs) if (needIds.includes(need.needId)) for (const t of need.territories) seen.set(`${t.kind}:${t.code}`, t);
  return [...seen.values()];
}

const amount = (text: string) => (text.trim() === "" ? null : Number(text.replace(/\s/g, "").replace(",", ".")));

/** The checks the server makes too, worded for the user; the server has the last word. */
export function checkCandidate(draft: CandidateDraft): FieldErrors {
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (title.length < 3 || title.length > 200) errors.title = "Saisissez un titre de 3 à 200 caractères.";
  if (draft.description.trim().length > 5000) errors.description = "La description tient en 5 000 caractères au plus.";
  if (!draft.kind) errors.kind = "Choisissez la nature du projet.";
  const lead = draft.leadOrganisation.trim();
  if (!lead || lead.length > 200) errors.leadOrganisation = "Saisissez l'organisation qui porterait le projet (200 caractères au plus).";
  if (!draft.maturity) errors.maturity = "Choisissez la maturité du projet.";
  const min = amount(draft.budgetMin);
  const max = amount(draft.budgetMax);
  if (min !== null && (!Number.isFinite(min) || min < 0)) errors["budgetRange.minEuros"] = "Saisissez un montant en euros, positif ou nul, par exemple 20000.";
  if (max !== null && (!Number.isFinite(max) || max < 0)) errors["budgetRange.maxEuros"] = "Saisissez un montant en euros, positif ou nul, par exemple 50000.";
  else if (min === null && max !== null) errors["budgetRange.minEuros"] = "Saisissez aussi le budget minimum, ou videz le maximum.";
  else if (min !== null && max === null && !errors["budgetRange.minEuros"]) errors["budgetRange.maxEuros"] = "Saisissez aussi le budget maximum, ou videz le minimum.";
  else if (min !== null && max !== null && max < min) errors["budgetRange.maxEuros"] = "Le budget maximum doit être au moins égal au minimum.";
  if (draft.needIds.length === 0) errors.needIds = "Cochez au moins un besoin : une fiche projet se rattache aux besoins qui la justifient.";
  return errors;
}

/** The input of `candidates.create`, once `checkCandidate` found nothing. */
export function candidateInput(workshopId: string, draft: CandidateDraft, needs: NeedView[]): CandidateInput {
  const min = amount(draft.budgetMin);
  const max = amount(draft.budgetMax);
  return {
    workshopId,
    title: draft.title.trim(),
    description: draft.description.trim(),
    kind: draft.kind as ProjectKind,
    leadOrganisation: draft.leadOrganisation.trim(),
    maturity: draft.maturity as Maturity,
    budgetRange: min !== null && max !== null ? { minEuros: min, maxEuros: max } : null,
    needIds: draft.needIds,
    territories: territoriesOf(draft.needIds, needs).map(({ kind, code }) => ({ kind, code })),
  };
}
