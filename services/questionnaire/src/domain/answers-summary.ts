import { questionsOf } from "./template/questions.js";
import type { Answers, Question, QuestionnaireTemplate } from "./template/template.js";

export interface RespondentAnswers {
  organisation: string;
  answers: Answers;
}

const round = (n: number) => Math.round(n * 100) / 100;

function summariseQuestion(question: Question, given: { organisation: string; value: Answers[string] }[]) {
  const base = { questionId: question.id, label: question.label, type: question.type, answered: given.length };
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return {
        ...base,
        options: question.options.map((o) => ({
          value: o.value,
          label: o.label,
          count: given.filter((g) => (Array.isArray(g.value) ? g.value.includes(o.value) : g.value === o.value)).length,
        })),
      };
    case "ranking":
      return {
        ...base,
        options: question.options.map((o) => {
          const positions = given.map((g) => (g.value as string[]).indexOf(o.value)).filter((p) => p >= 0);
          return {
            value: o.value,
            label: o.label,
            firstChoices: positions.filter((p) => p === 0).length,
            averageRank: positions.length ? round(positions.reduce((a, p) => a + p + 1, 0) / positions.length) : null,
          };
        }),
      };
    case "scale":
    case "number": {
      const values = given.map((g) => g.value as number);
      return {
        ...base,
        average: values.length ? round(values.reduce((a, v) => a + v, 0) / values.length) : null,
        min: values.length ? Math.min(...values) : null,
        max: values.length ? Math.max(...values) : null,
        ...(question.type === "scale" ? { distribution: [1, 2, 3, 4, 5].map((step) => values.filter((v) => v === step).length) } : {}),
      };
    }
    case "territory": {
      const counts = new Map<string, number>();
      for (const g of given) for (const code of g.value as string[]) counts.set(code, (counts.get(code) ?? 0) + 1);
      return { ...base, territories: [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count) };
    }
    case "short-text":
    case "long-text":
      return { ...base, texts: given.map((g) => ({ organisation: g.organisation, text: String(g.value) })) };
  }
}

/** Answers per question, as staff follow a campaign: counts, averages, and the texts themselves. */
export function summariseAnswers(template: QuestionnaireTemplate, respondents: RespondentAnswers[]) {
  const questions = questionsOf(template).map((question) =>
    summariseQuestion(
      question,
      respondents.filter((r) => r.answers[question.id] !== undefined).map((r) => ({ organisation: r.organisation, value: r.answers[question.id]! })),
    ),
  );
  // Free texts read theme by theme, as the workshop will discuss them.
  const freeTextByTheme = template.themes.map((theme) => ({
    themeCode: theme.code,
    label: theme.label,
    answers: questionsOf(template)
      .filter((q) => (q.type === "short-text" || q.type === "long-text") && q.themes.includes(theme.code))
      .flatMap((q) =>
        respondents
          .filter((r) => typeof r.answers[q.id] === "string" && r.answers[q.id] !== "")
          .map((r) => ({ questionId: q.id, questionLabel: q.label, organisation: r.organisation, text: r.answers[q.id] as string })),
      ),
  }));
  return { respondents: respondents.length, questions, freeTextByTheme };
}
