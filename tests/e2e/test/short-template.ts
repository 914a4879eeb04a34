/** A two-question template: quick to answer, enough to rank two themes. */
export const shortTemplate = {
  templateId: "cadrage-court",
  title: "Questionnaire court",
  description: "Deux questions, pour les tests de bout en bout",
  themes: [
    { code: "inclusion-mediation", label: "Inclusion et médiation numérique" },
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
            { value: "oui", label: "Oui", scores: [{ themeCode: "inclusion-mediation", points: 4 }] },
            { value: "non", label: "Non", scores: [] },
          ],
        },
        {
          id: "couverture",
          type: "scale",
          label: "La couverture mobile est-elle un problème ?",
          required: true,
          minLabel: "Pas du tout",
          maxLabel: "Un problème majeur",
          scores: [{ themeCode: "infrastructures", points: 8 }],
        },
      ],
    },
  ],
};
