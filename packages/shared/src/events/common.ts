import { z } from "zod";

/** A commune or an EPCI of the official geographic referential (code INSEE / SIREN). */
export const territorySchema = z.object({
  kind: z.enum(["commune", "epci"]),
  code: z.string().regex(/^(\d[\dAB]\d{3}|\d{9})$/, "Code INSEE de commune ou SIREN d'EPCI attendu"),
  name: z.string().min(1).max(200),
});
export type Territory = z.infer<typeof territorySchema>;

export const actorTypes = [
  "conseil-departemental",
  "epci",
  "petr",
  "association-des-maires",
  "association-des-maires-ruraux",
  "tiers-lieu",
  "ddt",
  "sgar",
  "region",
  "hub-regional",
  "autre",
] as const;
export const actorTypeSchema = z.enum(actorTypes);
export type ActorType = z.infer<typeof actorTypeSchema>;

/** Theme codes are open (a template may add its own); the default list lives in themes.ts. */
export const themeCodeSchema = z.string().regex(/^[a-z0-9-]{2,60}$/, "Code de thème invalide");

export const answerValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);

/** A questionnaire answer quoted as evidence, so downstream services never call back. */
export const answerEvidenceSchema = z.object({
  responseId: z.string().min(1),
  organisation: z.string().min(1),
  questionId: z.string().min(1),
  questionLabel: z.string().min(1),
  value: answerValueSchema,
});
export type AnswerEvidence = z.infer<typeof answerEvidenceSchema>;

export const isoDateSchema = z.iso.date();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
