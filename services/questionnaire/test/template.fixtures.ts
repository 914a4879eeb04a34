import type { ChoiceOption, QuestionnaireTemplate, ThemeScore } from "../src/domain/template/template.js";

export const score = (themeCode: string, points: number): ThemeScore => ({ themeCode, points });
export const option = (value: string, label: string, scores: ThemeScore[] = []): ChoiceOption => ({ value, label, scores });

/**
 * A small template with one question of every type and a chain of conditions:
 * structure = tiers-lieu shows tl-services; tl-services includes coworking shows tl-postes.
 */
export function sampleTemplate(): QuestionnaireTemplate {
  return {
    templateId: "exemple",
    version: 1,
    title: "Exemple",
    description: "",
    themes: [
      { code: "inclusion-mediation", label: "Inclusion" },
      { code: "tiers-lieux", label: "Tiers-lieux" },
      { code: "infrastructures", label: "Infrastructures" },
    ],
    sections: [
      {
        id: "general",
        title: "Généralités",
        questions: [
          {
            id: "structure",
            type: "single-choice",
            label: "Quelle structure représentez-vous ?",
            required: true,
            options: [option("commune", "Commune"), option("tiers-lieu", "Tiers-lieu", [score("tiers-lieux", 3)])],
          },
          {
            id: "publics",
            type: "multiple-choice",
            label: "Quels publics sont éloignés du numérique ?",
            required: false,
            minSelections: 1,
            maxSelections: 2,
            options: [
              option("ages", "Personnes âgées", [score("inclusion-mediation", 1)]),
              option("jeunes", "Jeunes", [score("inclusion-mediation", 2), score("infrastructures", 1)]),
              option("aucun", "Aucun"),
            ],
          },
          {
            id: "difficulte",
            type: "scale",
            label: "Les habitants ont-ils des difficultés avec le numérique ?",
            required: true,
            minLabel: "Rarement",
            maxLabel: "Souvent",
            scores: [score("inclusion-mediation", 4), score("infrastructures", 2)],
          },
          {
            id: "priorites",
            type: "ranking",
            label: "Classez ces thématiques",
            required: false,
            options: [
              option("inclusion", "Inclusion", [score("inclusion-mediation", 6)]),
              option("tiers", "Tiers-lieux", [score("tiers-lieux", 6)]),
              option("reseaux", "Réseaux", [score("infrastructures", 6)]),
            ],
          },
          {
            id: "nom",
            type: "short-text",
            label: "Nom de la personne qui répond",
            required: false,
            maxLength: 10,
            themes: [],
          },
          {
            id: "besoins",
            type: "long-text",
            label: "Vos besoins",
            required: false,
            maxLength: 50,
            themes: ["inclusion-mediation"],
          },
          {
            id: "lieux",
            type: "number",
            label: "Combien de lieux de médiation numérique compte votre territoire ?",
            required: false,
            min: 0,
            max: 100,
            integer: true,
            unit: "lieux",
          },
          {
            id: "territoires",
            type: "territory",
            label: "Vos territoires",
            required: false,
            kinds: ["commune", "epci"],
            multiple: true,
          },
          {
            id: "commune",
            type: "territory",
            label: "Votre commune",
            required: false,
            kinds: ["commune"],
            multiple: false,
          },
        ],
      },
      {
        id: "tiers-lieux",
        title: "Tiers-lieux",
        questions: [
          {
            id: "tl-services",
            type: "multiple-choice",
            label: "Quels services propose votre tiers-lieu ?",
            required: true,
            condition: { questionId: "structure", operator: "equals", value: "tiers-lieu" },
            options: [
              option("coworking", "Espace de travail partagé", [score("tiers-lieux", 2)]),
              option("fablab", "Fablab", [score("tiers-lieux", 1)]),
            ],
          },
          {
            id: "tl-postes",
            type: "number",
            label: "Combien de postes de travail ?",
            required: true,
            condition: { questionId: "tl-services", operator: "includes", value: "coworking" },
            integer: false,
          },
          {
            id: "aide",
            type: "single-choice",
            label: "Souhaitez-vous une aide ?",
            required: true,
            condition: { questionId: "difficulte", operator: "at-least", value: 4 },
            options: [option("oui", "Oui", [score("inclusion-mediation", 2)]), option("non", "Non")],
          },
        ],
      },
    ],
  };
}

/** The referential of the tests: Bar-le-Duc, Ajaccio (a Corsican code) and CC Côtes de Meuse Woëvre. */
const referential = new Set(["commune:55029", "commune:2A004", "epci:200034874"]);
export const territoryExists = (code: string, kind: "commune" | "epci") => referential.has(`${kind}:${code}`);
