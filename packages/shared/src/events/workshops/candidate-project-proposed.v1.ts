import { z } from "zod";
import { territorySchema } from "../common.js";
import { defineEvent } from "../envelope.js";
import { needSchema } from "./need.js";

export const projectKinds = ["numerique", "tiers-lieu"] as const;
export const maturities = ["idee", "esquisse", "projet-defini", "pret-a-demarrer"] as const;

export const candidateProjectProposedV1 = defineEvent(
  "CandidateProjectProposed",
  1,
  "workshops",
  z.object({
    workshopId: z.string().min(1),
    candidateId: z.string().min(1),
    title: z.string().min(1).max(200),
    description: z.string().max(5000),
    kind: z.enum(projectKinds),
    leadOrganisation: z.string().min(1).max(200),
    territories: z.array(territorySchema),
    budgetRange: z.object({ minEuros: z.number().nonnegative(), maxEuros: z.number().nonnegative() }).nullable(),
    maturity: z.enum(maturities),
    votes: z.number().int().nonnegative(),
    /** The needs it answers, whole, so the projects service never has to call back. */
    needs: z.array(needSchema),
  }),
);
