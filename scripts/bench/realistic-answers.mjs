// Answers a local actor could give to any template, read from the template itself (so a
// new version of the "Questionnaire de cadrage" needs no change here): every required
// question that is shown, most optional ones, conditions followed in template order,
// territories of the respondent's own département, free texts of a few sentences.
// A seeded generator makes two runs send the same answers.
import { territoriesOf } from "@tetris/shared";
// The questionnaire's own rule, from its build, so that the bench never answers a question the service hides.
import { conditionMet } from "../../services/questionnaire/dist/domain/template/visibility.js";

export function seededRandom(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = ["Claire", "Julien", "Nathalie", "Thierry", "Sophie", "Mehdi", "Isabelle", "Laurent", "Aurélie", "Pascal"];
const lastNames = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Mercier", "Benali"];
const roles = ["maire", "président de l'intercommunalité", "directrice générale des services", "chargé de mission numérique", "directrice du tiers-lieu", "secrétaire de mairie"];
const sentences = [
  "Les habitants les plus âgés viennent en mairie pour leurs démarches en ligne et nous manquons de temps pour les accompagner.",
  "La France services la plus proche est à vingt-cinq minutes et n'est pas desservie par les transports en commun.",
  "Plusieurs hameaux restent sans couverture mobile correcte, ce qui gêne les artisans et les services de soins à domicile.",
  "Nous voudrions ouvrir un tiers-lieu dans l'ancienne école, avec un espace de travail partagé et des permanences numériques.",
  "Le conseiller numérique partagé entre quatre communes ne peut pas répondre à toutes les demandes.",
  "Les écoles ont reçu des tablettes mais personne ne les entretient et les enseignants manquent de formation.",
  "Nous avons subi une attaque par rançongiciel l'an dernier : les sauvegardes n'étaient pas à jour.",
  "Il nous faudrait de l'ingénierie pour monter les dossiers de subvention, nous n'avons pas les compétences en interne.",
  "Le déploiement de la fibre a pris du retard dans la vallée et les entreprises s'impatientent.",
  "Un point de téléconsultation accompagnée à la maison de santé aiderait beaucoup depuis le départ du médecin.",
  "La mutualisation des outils informatiques avec l'intercommunalité réduirait nos coûts et sécuriserait nos données.",
  "Les jeunes du territoire pourraient être associés à l'animation d'ateliers numériques pour les aînés.",
];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const integerBetween = (random, min, max) => min + Math.floor(random() * (max - min + 1));

function shuffled(random, list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function text(random, maxLength, sentenceCount) {
  const chosen = Array.from({ length: sentenceCount }, () => pick(random, sentences)).join(" ");
  return chosen.length <= maxLength ? chosen : chosen.slice(0, maxLength).trimEnd();
}

function territoryAnswer(random, question, respondent) {
  const { communes, epcis } = territoriesOf(respondent.departmentCode);
  const pool = [...(question.kinds.includes("epci") ? epcis : []), ...(question.kinds.includes("commune") ? communes : [])];
  const own = respondent.territory && question.kinds.includes(respondent.territory.kind) ? [respondent.territory.code] : [];
  const count = question.multiple ? integerBetween(random, 1, 4) : 1;
  const codes = new Set(own);
  while (codes.size < Math.min(count, pool.length)) codes.add(pick(random, pool).code);
  return [...codes].slice(0, question.multiple ? count : 1);
}

function answerOf(random, question, respondent) {
  switch (question.type) {
    case "single-choice":
      return pick(random, question.options).value;
    case "multiple-choice": {
      const max = Math.min(question.maxSelections ?? question.options.length, 3);
      const min = Math.min(Math.max(question.minSelections ?? 1, 1), max);
      return shuffled(random, question.options).slice(0, integerBetween(random, min, max)).map((o) => o.value);
    }
    case "ranking":
      return shuffled(random, question.options).slice(0, question.rankCount ?? question.options.length).map((o) => o.value);
    case "scale":
      // Respondents who take the time to answer usually report a problem: lean to 3–5.
      return Math.min(5, integerBetween(random, 1, 5) + (random() < 0.5 ? 1 : 0));
    case "number": {
      const min = question.min ?? 0;
      const max = Math.min(question.max ?? 10_000, question.unit === "habitants" ? 150_000 : 40);
      const value = min + (max - min) * random() ** 3;
      return question.integer ? Math.round(value) : Math.round(value * 10) / 10;
    }
    case "short-text":
      return `${pick(random, firstNames)} ${pick(random, lastNames)}, ${pick(random, roles)}`.slice(0, question.maxLength);
    case "long-text":
      return text(random, question.maxLength, integerBetween(random, 1, 4));
    case "territory":
      return territoryAnswer(random, question, respondent);
    default:
      return undefined;
  }
}

/**
 * The answers of one respondent ({ departmentCode, territory }), from a seed. Shown questions
 * only, in template order, so a condition always looks at an answer already decided.
 */
export function realisticAnswers(template, respondent, seed) {
  const random = seededRandom(seed);
  const answers = {};
  const shown = new Map();
  for (const question of template.sections.flatMap((s) => s.questions)) {
    const condition = question.condition;
    const visible = !condition || (shown.get(condition.questionId) === true && conditionMet(condition, answers[condition.questionId]));
    shown.set(question.id, visible);
    if (!visible) continue;
    if (!question.required && random() < (question.type === "long-text" ? 0.5 : 0.25)) continue;
    const value = answerOf(random, question, respondent);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}
