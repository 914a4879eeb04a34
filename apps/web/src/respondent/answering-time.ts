import type { Template } from "./respondent-types.js";

// Seconds a person takes on a question of each type, reading included (rough figures: the
// introduction says « environ », and a long text takes as long as one has to say).
const secondsByType: Record<string, number> = {
  "single-choice": 20,
  "multiple-choice": 30,
  scale: 15,
  ranking: 45,
  "short-text": 30,
  "long-text": 90,
  number: 20,
  territory: 30,
};

/** About how many minutes the questionnaire takes, by 5 minutes; a conditional question counts half, as it may not be asked. */
export function answeringMinutes(template: Template): number {
  const seconds = template.sections
    .flatMap((section) => section.questions)
    .reduce((sum, q) => sum + (secondsByType[q.type] ?? 30) * (q.condition ? 0.5 : 1), 0);
  return Math.max(5, Math.ceil(seconds / 60 / 5) * 5);
}
