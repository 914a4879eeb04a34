import { apiClient, isolatedTestEnvironment, startServiceForTest, testToken } from "@tetris/shared/testing";
import { questionnaireConfigSchema } from "../src/config.js";
import type { Answers, Question, QuestionnaireTemplate } from "../src/domain/template/template.js";
import { wireQuestionnaire } from "../src/wiring.js";

export type Service = Awaited<ReturnType<typeof startServiceForTest>>;

export function questionnaireTestEnvironment(label: string) {
  return isolatedTestEnvironment(label);
}

export function startQuestionnaire(env: ReturnType<typeof isolatedTestEnvironment>) {
  return startServiceForTest("questionnaire", questionnaireConfigSchema, wireQuestionnaire, env);
}

export async function staff(service: Service, role: "anct" | "prefecture" | "partner" = "anct", departments: string[] = []) {
  return apiClient(service.url, await testToken(role, departments));
}

export interface InvitationLink {
  organisation: string;
  token: string;
  invitationId: string;
}

/** The Meuse 2026 campaign, opened by its préfecture and closing tomorrow, with the links of the actors invited. */
export async function openMeuseCampaign(service: Service, input: Record<string, unknown>) {
  const prefecture = await staff(service, "prefecture", ["55"]);
  const opened = await prefecture.mutate<{ campaignId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: "Questionnaire de cadrage — Meuse",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    ...input,
  });
  if (opened.status !== 200) throw new Error(`campaigns.open answered ${opened.status}: ${opened.error?.message}`);
  const { campaignId } = opened.data;
  const links = (await prefecture.query<InvitationLink[]>("campaigns.invitationLinks", { campaignId })).data;
  return { campaignId, links };
}

/** ANCT publishes the mini template (version 1). */
export async function publishMiniTemplate(service: Service) {
  const anct = await staff(service);
  await anct.mutate("templates.saveDraft", miniTemplate);
  await anct.mutate("templates.publish", { templateId: miniTemplate.templateId, version: 1 });
}

/** A small template whose scoring is easy to follow by hand. */
export const miniTemplate: Omit<QuestionnaireTemplate, "version"> = {
  templateId: "mini-cadrage",
  title: "Mini questionnaire",
  description: "Pour les tests",
  themes: [
    { code: "inclusion-mediation", label: "Inclusion et médiation numérique" },
    { code: "tiers-lieux", label: "Tiers-lieux" },
    { code: "infrastructures", label: "Infrastructures" },
  ],
  sections: [
    {
      id: "s1",
      title: "Vos priorités",
      questions: [
        {
          id: "mediation",
          type: "single-choice",
          label: "Les habitants manquent-ils d'accompagnement au numérique ?",
          required: true,
          options: [
            { value: "oui", label: "Oui, beaucoup", scores: [{ themeCode: "inclusion-mediation", points: 4 }] },
            { value: "non", label: "Non", scores: [] },
          ],
        },
        {
          id: "tiers-lieu",
          type: "single-choice",
          label: "Avez-vous un projet de tiers-lieu ?",
          required: true,
          options: [
            { value: "oui", label: "Oui", scores: [{ themeCode: "tiers-lieux", points: 2 }] },
            { value: "non", label: "Non", scores: [] },
          ],
        },
        {
          id: "tiers-lieu-detail",
          type: "long-text",
          label: "Décrivez votre projet de tiers-lieu",
          required: true,
          maxLength: 2000,
          themes: ["tiers-lieux"],
          condition: { questionId: "tiers-lieu", operator: "equals", value: "oui" },
        },
        {
          id: "couverture",
          type: "scale",
          label: "La couverture mobile est-elle un problème ?",
          required: false,
          minLabel: "Pas du tout",
          maxLabel: "Un problème majeur",
          scores: [{ themeCode: "infrastructures", points: 8 }],
        },
        {
          id: "communes",
          type: "territory",
          label: "Quelles communes sont les plus concernées ?",
          required: false,
          kinds: ["commune", "epci"],
          multiple: true,
        },
        {
          id: "habitants",
          type: "number",
          label: "Combien d'habitants accompagnez-vous par an ?",
          required: false,
          integer: true,
          min: 0,
          max: 1000000,
        },
      ],
    },
  ],
};

/** A complete answer set for any template: the first option, the middle of scales, a short text. */
export function fillRequired(template: QuestionnaireTemplate, commune: string): Answers {
  const answers: Answers = {};
  const answer = (q: Question): Answers[string] => {
    switch (q.type) {
      case "single-choice":
        return q.options[0]!.value;
      case "multiple-choice":
        return q.options.slice(0, Math.max(1, q.minSelections ?? 1)).map((o) => o.value);
      case "ranking":
        return q.options.slice(0, q.rankCount ?? q.options.length).map((o) => o.value);
      case "scale":
        return 3;
      case "number":
        return Math.max(q.min ?? 0, 1);
      case "short-text":
      case "long-text":
        return "Réponse de test";
      case "territory":
        return [commune];
    }
  };
  for (const q of template.sections.flatMap((s) => s.questions)) answers[q.id] = answer(q);
  return answers;
}
