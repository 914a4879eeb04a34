import { defaultThemes, type DefaultThemeCode } from "@tetris/shared";
import type { ChoiceOption, QuestionnaireTemplate, ThemeScore } from "./template.js";

/** Points by theme, written as `{ "tiers-lieux": 3 }` so that each option reads on one line. */
function points(byTheme: Partial<Record<DefaultThemeCode, number>> = {}): ThemeScore[] {
  return Object.entries(byTheme).map(([themeCode, value]) => ({ themeCode, points: value ?? 0 }));
}

function option(value: string, label: string, byTheme?: Partial<Record<DefaultThemeCode, number>>): ChoiceOption {
  return { value, label, scores: points(byTheme) };
}

const dontKnow = option("ne-sait-pas", "Je ne sais pas");

/**
 * The framing questionnaire a préfecture sends to local actors when ANCT has not written a
 * tailored one. Points go to a theme when an answer reveals a need there (a serious problem
 * weighs 3, a partial one 1 or 2); answers that describe what already works give none, so
 * the ranking reflects needs rather than assets.
 */
export const defaultTemplate: QuestionnaireTemplate = {
  templateId: "questionnaire-de-cadrage",
  version: 1,
  title: "Questionnaire de cadrage",
  description:
    "Ce questionnaire prépare la journée d'ateliers de remontée des besoins organisée à la préfecture. " +
    "Vos réponses font apparaître les problématiques numériques et de tiers-lieux de votre territoire : " +
    "les thématiques les plus citées seront abordées en priorité. Comptez une vingtaine de minutes ; " +
    "vous pouvez enregistrer vos réponses et y revenir avant de les envoyer.",
  themes: defaultThemes.map(({ code, label }) => ({ code, label })),
  sections: [
    {
      id: "structure",
      title: "Votre structure et votre territoire",
      description: "Ces informations situent votre réponse ; elles ne comptent pour aucune thématique.",
      questions: [
        {
          id: "structure-type",
          type: "single-choice",
          label: "Quelle structure représentez-vous ?",
          required: true,
          prefill: "actorType",
          options: [
            option("conseil-departemental", "Conseil départemental"),
            option("epci", "Intercommunalité (EPCI)"),
            option("petr", "Pôle d'équilibre territorial et rural (PETR)"),
            option("commune", "Commune"),
            option("association-elus", "Association des maires ou des maires ruraux"),
            option("tiers-lieu", "Tiers-lieu"),
            option("service-etat", "Service de l'État (DDT, SGAR…)"),
            option("region", "Région ou structure régionale (hub numérique…)"),
            option("autre", "Autre"),
          ],
        },
        {
          id: "repondant",
          type: "short-text",
          label: "Nom et fonction de la personne qui répond",
          help: "Pour vous recontacter et vous inviter aux ateliers.",
          required: true,
          maxLength: 200,
          themes: [],
        },
        {
          id: "territoires",
          type: "territory",
          label: "Sur quelles communes ou intercommunalités votre structure intervient-elle ?",
          help: "Choisissez les intercommunalités ou, à défaut, les communes concernées.",
          required: true,
          kinds: ["commune", "epci"],
          multiple: true,
          prefill: "territory",
        },
        {
          id: "population",
          type: "number",
          label: "Combien d'habitants compte ce territoire, environ ?",
          required: false,
          min: 0,
          max: 3_000_000,
          integer: true,
          unit: "habitants",
        },
      ],
    },
    {
      id: "inclusion",
      title: "Inclusion et médiation numérique",
      questions: [
        {
          id: "inclusion-difficultes",
          type: "scale",
          label: "Les habitants de votre territoire rencontrent-ils des difficultés avec les outils numériques ?",
          required: true,
          minLabel: "Rarement",
          maxLabel: "Très souvent",
          scores: points({ "inclusion-mediation": 4 }),
        },
        {
          id: "inclusion-publics",
          type: "multiple-choice",
          label: "Quels publics sont les plus éloignés du numérique ?",
          help: "Trois réponses au plus.",
          required: false,
          maxSelections: 3,
          options: [
            option("personnes-agees", "Les personnes âgées", { "inclusion-mediation": 1 }),
            option("precarite", "Les personnes en situation de précarité", { "inclusion-mediation": 1 }),
            option("jeunes", "Les jeunes et leurs familles", { "inclusion-mediation": 1, "e-education": 1 }),
            option("handicap", "Les personnes en situation de handicap", { "inclusion-mediation": 1 }),
            option("professionnels", "Les artisans, commerçants et agriculteurs", {
              "demarches-en-ligne": 1,
              "inclusion-mediation": 1,
            }),
            option("aucun", "Aucun public en particulier"),
          ],
        },
        {
          id: "mediation-lieux",
          type: "number",
          label: "Combien de lieux de médiation numérique (France services, permanences, associations) sont ouverts sur votre territoire ?",
          required: false,
          min: 0,
          max: 1000,
          integer: true,
          unit: "lieux",
        },
        {
          id: "conseillers-numeriques",
          type: "single-choice",
          label: "Des conseillers numériques interviennent-ils sur votre territoire ?",
          required: false,
          options: [
            option("oui-suffisant", "Oui, en nombre suffisant"),
            option("oui-insuffisant", "Oui, mais pas assez pour répondre à la demande", { "inclusion-mediation": 2 }),
            option("non", "Non", { "inclusion-mediation": 3 }),
            dontKnow,
          ],
        },
        {
          id: "inclusion-besoins",
          type: "long-text",
          label: "Quels besoins d'accompagnement au numérique observez-vous ?",
          required: false,
          maxLength: 3000,
          themes: ["inclusion-mediation"],
        },
      ],
    },
    {
      id: "demarches",
      title: "Démarches en ligne",
      questions: [
        {
          id: "demarches-difficultes",
          type: "scale",
          label: "Habitants et entreprises ont-ils du mal à accomplir leurs démarches administratives en ligne ?",
          required: false,
          minLabel: "Rarement",
          maxLabel: "Très souvent",
          scores: points({ "demarches-en-ligne": 4, "inclusion-mediation": 1 }),
        },
        {
          id: "demarches-obstacles",
          type: "multiple-choice",
          label: "Qu'est-ce qui les en empêche le plus souvent ?",
          required: false,
          options: [
            option("equipement", "Le manque d'équipement (ordinateur, smartphone)", { "inclusion-mediation": 1 }),
            option("competences", "Le manque d'aisance avec les outils numériques", { "inclusion-mediation": 2 }),
            option("connexion", "Une connexion internet insuffisante", { infrastructures: 2 }),
            option("complexite", "La complexité des sites et des démarches", { "demarches-en-ligne": 2 }),
            option("accueil", "L'absence d'un accueil physique pour se faire aider", {
              "demarches-en-ligne": 1,
              "inclusion-mediation": 1,
            }),
          ],
        },
        {
          id: "services-en-ligne",
          type: "single-choice",
          label: "Votre collectivité propose-t-elle ses propres services en ligne (état civil, urbanisme, paiement, inscriptions) ?",
          required: false,
          options: [
            option("oui", "Oui, la plupart de ses services"),
            option("en-partie", "Quelques-uns seulement", { "demarches-en-ligne": 1 }),
            option("non-souhaite", "Non, mais nous le souhaitons", { "demarches-en-ligne": 3, "ingenierie-financement": 1 }),
            option("non-concerne", "Non concerné"),
          ],
        },
      ],
    },
    {
      id: "infrastructures",
      title: "Infrastructures fixe et mobile",
      questions: [
        {
          id: "fibre",
          type: "single-choice",
          label: "Où en est le raccordement à la fibre (très haut débit) sur votre territoire ?",
          required: true,
          options: [
            option("termine", "Presque tous les logements et locaux sont raccordables"),
            option("en-cours", "Le déploiement est en cours et suit son calendrier", { infrastructures: 1 }),
            option("en-retard", "Des zones restent sans solution ou le déploiement prend du retard", { infrastructures: 3 }),
            dontKnow,
          ],
        },
        {
          id: "mobile",
          type: "single-choice",
          label: "Existe-t-il des zones sans couverture mobile satisfaisante (zones blanches ou grises) ?",
          required: true,
          options: [
            option("oui-grave", "Oui, et c'est un problème sérieux pour les habitants ou les entreprises", {
              infrastructures: 3,
            }),
            option("oui-ponctuel", "Oui, par endroits", { infrastructures: 1 }),
            option("non", "Non"),
            dontKnow,
          ],
        },
        {
          id: "mobile-communes",
          type: "territory",
          label: "Quelles communes sont les plus touchées ?",
          required: false,
          condition: { questionId: "mobile", operator: "equals", value: "oui-grave" },
          kinds: ["commune"],
          multiple: true,
        },
        {
          id: "reseaux-frein",
          type: "scale",
          label: "La qualité des réseaux freine-t-elle l'activité (entreprises, télétravail, services publics) ?",
          required: false,
          minLabel: "Pas du tout",
          maxLabel: "Fortement",
          scores: points({ infrastructures: 4 }),
        },
      ],
    },
    {
      id: "tiers-lieux",
      title: "Tiers-lieux",
      questions: [
        {
          id: "tiers-lieu",
          type: "single-choice",
          label: "Disposez-vous d'un tiers-lieu sur votre territoire ?",
          help: "Espace de travail partagé, fablab, lieu de médiation ou de services ouvert à tous.",
          required: true,
          options: [
            option("oui", "Oui"),
            option("en-projet", "Non, mais un projet est en cours", { "tiers-lieux": 3, "ingenierie-financement": 1 }),
            option("non", "Non", { "tiers-lieux": 1 }),
          ],
        },
        {
          id: "tiers-lieux-nombre",
          type: "number",
          label: "Combien de tiers-lieux sont en activité sur votre territoire ?",
          required: true,
          condition: { questionId: "tiers-lieu", operator: "equals", value: "oui" },
          min: 1,
          max: 500,
          integer: true,
          unit: "tiers-lieux",
        },
        {
          id: "tiers-lieux-difficultes",
          type: "multiple-choice",
          label: "Quelles difficultés ces tiers-lieux rencontrent-ils ?",
          help: "Trois réponses au plus.",
          required: false,
          condition: { questionId: "tiers-lieu", operator: "equals", value: "oui" },
          maxSelections: 3,
          options: [
            option("modele-economique", "Trouver un modèle économique durable", {
              "tiers-lieux": 2,
              "ingenierie-financement": 1,
            }),
            option("animation", "Recruter ou financer l'animation", { "tiers-lieux": 2 }),
            option("frequentation", "Faire venir les habitants", { "tiers-lieux": 1 }),
            option("connexion", "Une connexion internet insuffisante", { infrastructures: 2 }),
            option("reseau", "S'insérer dans un réseau de tiers-lieux", { "tiers-lieux": 1 }),
            option("aucune", "Aucune difficulté particulière"),
          ],
        },
        {
          id: "tiers-lieu-projet",
          type: "long-text",
          label: "Décrivez votre projet de tiers-lieu : porteur, lieu, services envisagés, état d'avancement.",
          required: false,
          condition: { questionId: "tiers-lieu", operator: "equals", value: "en-projet" },
          maxLength: 3000,
          themes: ["tiers-lieux", "ingenierie-financement"],
        },
      ],
    },
    {
      id: "sante-education",
      title: "E-santé et e-éducation",
      questions: [
        {
          id: "acces-soins",
          type: "scale",
          label: "L'accès aux soins est-il difficile sur votre territoire (médecins, spécialistes, délais) ?",
          required: false,
          minLabel: "Pas du tout",
          maxLabel: "Très difficile",
          scores: points({ "e-sante": 3 }),
        },
        {
          id: "teleconsultation",
          type: "single-choice",
          label: "Vos habitants ont-ils accès à un point de téléconsultation accompagnée ?",
          required: false,
          options: [
            option("oui", "Oui"),
            option("en-projet", "Un projet est en cours", { "e-sante": 2 }),
            option("non-besoin", "Non, et le besoin existe", { "e-sante": 3 }),
            option("non", "Non, sans besoin identifié"),
          ],
        },
        {
          id: "ecoles-besoin",
          type: "scale",
          label: "Les écoles et collèges ont-ils besoin d'être mieux équipés ou accompagnés pour le numérique ?",
          required: false,
          minLabel: "Pas du tout",
          maxLabel: "Fortement",
          scores: points({ "e-education": 3 }),
        },
        {
          id: "ecoles-priorites",
          type: "multiple-choice",
          label: "Quels besoins des écoles et collèges sont les plus pressants ?",
          required: false,
          // at-least, never equals: raising the need may show this question, never hide it.
          condition: { questionId: "ecoles-besoin", operator: "at-least", value: 4 },
          options: [
            option("materiel", "Du matériel (tablettes, écrans, ordinateurs)", {
              "e-education": 2,
              "ingenierie-financement": 1,
            }),
            option("connexion", "La connexion des établissements", { infrastructures: 2, "e-education": 1 }),
            option("formation", "La formation des enseignants", { "e-education": 2 }),
            option("ressources", "Les ressources et l'espace numérique de travail", { "e-education": 1 }),
            option("parentalite", "L'accompagnement des parents", { "e-education": 1, "inclusion-mediation": 1 }),
          ],
        },
        {
          id: "sante-education-remarques",
          type: "long-text",
          label: "Souhaitez-vous préciser vos besoins en matière de santé ou d'éducation numérique ?",
          required: false,
          maxLength: 3000,
          themes: ["e-sante", "e-education"],
        },
      ],
    },
    {
      id: "donnees-cybersecurite",
      title: "Données, territoires connectés et cybersécurité",
      questions: [
        {
          id: "cyber-incident",
          type: "single-choice",
          label: "Votre structure a-t-elle subi un incident de cybersécurité (rançongiciel, piratage, fraude) ces trois dernières années ?",
          required: true,
          options: [
            option("oui-grave", "Oui, avec une interruption de service ou une perte de données", { "donnees-cybersecurite": 3 }),
            option("oui-mineur", "Oui, sans conséquence grave", { "donnees-cybersecurite": 2 }),
            option("non", "Non"),
            option("ne-sait-pas", "Je ne sais pas", { "donnees-cybersecurite": 1 }),
          ],
        },
        {
          id: "cyber-accompagnement",
          type: "scale",
          label: "Votre structure a-t-elle besoin d'aide pour se protéger (sauvegardes, sensibilisation des agents, RGPD) ?",
          required: false,
          minLabel: "Pas du tout",
          maxLabel: "Fortement",
          scores: points({ "donnees-cybersecurite": 3 }),
        },
        {
          id: "informatique",
          type: "single-choice",
          label: "Qui s'occupe de l'informatique de votre structure ?",
          required: false,
          options: [
            option("interne", "Un agent ou un service interne"),
            option("mutualise", "Un service mutualisé (intercommunalité, syndicat, centre de gestion)"),
            option("prestataire", "Un prestataire", { "donnees-cybersecurite": 1 }),
            option("personne", "Personne en particulier", { "donnees-cybersecurite": 2, "ingenierie-financement": 1 }),
          ],
        },
        {
          id: "projets-donnees",
          type: "multiple-choice",
          label: "Quels projets de données ou de territoire connecté vous intéressent ?",
          required: false,
          options: [
            option("ouverture", "Ouvrir ou partager les données de la collectivité", { "donnees-cybersecurite": 1 }),
            option("capteurs", "Suivre l'énergie, l'eau ou l'éclairage par des capteurs", { "donnees-cybersecurite": 2 }),
            option("cartographie", "Cartographier le territoire (SIG)", { "donnees-cybersecurite": 1 }),
            option("mutualisation", "Mutualiser les outils informatiques entre collectivités", {
              "donnees-cybersecurite": 1,
              "ingenierie-financement": 1,
            }),
          ],
        },
      ],
    },
    {
      id: "priorites",
      title: "Ingénierie, financement et priorités",
      questions: [
        {
          id: "appuis",
          type: "multiple-choice",
          label: "De quels appuis auriez-vous besoin pour mener vos projets numériques ?",
          help: "Une à trois réponses.",
          required: true,
          minSelections: 1,
          maxSelections: 3,
          options: [
            option("ingenierie", "De l'ingénierie pour monter le projet", { "ingenierie-financement": 2 }),
            option("financement", "Des financements", { "ingenierie-financement": 2 }),
            option("conseillers", "Des conseillers numériques", { "inclusion-mediation": 2 }),
            option("reseau", "Une mise en réseau avec d'autres territoires", {
              "ingenierie-financement": 1,
              "tiers-lieux": 1,
            }),
            option("formation", "La formation des élus et des agents", {
              "inclusion-mediation": 1,
              "donnees-cybersecurite": 1,
            }),
          ],
        },
        {
          id: "financements-type",
          type: "single-choice",
          label: "Quelles dépenses voudriez-vous financer en priorité ?",
          required: false,
          condition: { questionId: "appuis", operator: "includes", value: "financement" },
          options: [
            option("investissement", "De l'investissement (travaux, équipement)"),
            option("fonctionnement", "Du fonctionnement (postes, animation)"),
            option("les-deux", "Les deux"),
          ],
        },
        {
          id: "financements-connus",
          type: "single-choice",
          label: "Connaissez-vous les financements mobilisables (DETR, DSIL, fonds européens, Banque des territoires, France 2030) ?",
          required: false,
          options: [
            option("oui-mobilises", "Oui, et nous les mobilisons"),
            option("oui-non-mobilises", "Oui, mais nous peinons à les mobiliser", { "ingenierie-financement": 2 }),
            option("non", "Non", { "ingenierie-financement": 3 }),
          ],
        },
        {
          id: "classement-thematiques",
          type: "ranking",
          label: "Classez ces thématiques par ordre de priorité pour votre territoire",
          help: "Les trois premières seulement.",
          required: true,
          rankCount: 3,
          // The direct say of the respondent weighs most: 6, 4 and 2 points for the first three.
          options: defaultThemes.map(({ code, label }) => option(code, label, { [code]: 6 })),
        },
        {
          id: "projet-prioritaire",
          type: "long-text",
          label: "Quel projet numérique ou de tiers-lieu voudriez-vous voir accompagné en priorité ?",
          help: "Son objet, son porteur, ce qui le bloque aujourd'hui.",
          required: false,
          maxLength: 5000,
          themes: defaultThemes.map(({ code }) => code),
        },
        {
          id: "ateliers",
          type: "single-choice",
          label: "Participerez-vous à la journée d'ateliers à la préfecture ?",
          required: false,
          options: [option("oui", "Oui"), option("peut-etre", "Peut-être"), option("non", "Non")],
        },
      ],
    },
  ],
};
