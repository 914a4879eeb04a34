import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAnswers } from "../src/domain/template/answer-scoring.js";
import { validateAnswers } from "../src/domain/template/answer-validation.js";
import { defaultTemplate } from "../src/domain/template/default-template.js";
import { questionsOf } from "../src/domain/template/questions.js";
import type { Answers, AnswerValue, MultipleChoiceQuestion, Question, ScaleQuestion } from "../src/domain/template/template.js";
import { isVisible } from "../src/domain/template/visibility.js";
import { rankThemes } from "../src/domain/theme-ranking.js";

const questions = questionsOf(defaultTemplate);
const codes = { commune: ["55029", "55545", "2A004"], epci: ["200034874"] };
const anyTerritory = () => true;

/** Any answer the question accepts. */
function validAnswer(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case "single-choice":
      return fc.constantFrom(...question.options.map((o) => o.value));
    case "multiple-choice": {
      const values = question.options.map((o) => o.value);
      const minLength = Math.max(1, question.minSelections ?? 0);
      return fc.subarray(values, { minLength, maxLength: question.maxSelections ?? values.length });
    }
    case "scale":
      return fc.integer({ min: 1, max: 5 });
    case "ranking": {
      const count = question.rankCount ?? question.options.length;
      return fc.shuffledSubarray(
        question.options.map((o) => o.value),
        { minLength: count, maxLength: count },
      );
    }
    case "short-text":
    case "long-text":
      return fc.string({ minLength: 1, maxLength: Math.min(question.maxLength, 60) });
    case "number":
      return question.integer
        ? fc.integer({ min: question.min ?? -1_000_000, max: question.max ?? 1_000_000 })
        : fc.double({ min: question.min ?? -1e6, max: question.max ?? 1e6, noNaN: true });
    case "territory": {
      const allowed = question.kinds.flatMap((kind) => codes[kind]);
      return question.multiple ? fc.subarray(allowed, { minLength: 1 }) : fc.constantFrom(...allowed).map((code) => [code]);
    }
  }
}

/** Any set of valid answers, each question answered or not, hidden ones included (a draft keeps them). */
const validAnswers = fc.record(Object.fromEntries(questions.map((q) => [q.id, validAnswer(q)])), {
  requiredKeys: [],
}) as fc.Arbitrary<Answers>;

function scoresOf(answers: Answers): Map<string, number> {
  expect(validateAnswers(defaultTemplate, answers, { mode: "draft", territoryExists: anyTerritory }).errors).toEqual([]);
  const contributions = scoreAnswers(defaultTemplate, answers, { responseId: "r-1", organisation: "Commune" });
  return new Map(rankThemes(contributions, defaultTemplate.themes).map((t) => [t.themeCode, t.score]));
}

/** No theme loses points; the themes the changed answer gives points to gain some when its question shows. */
function expectRaised(before: Answers, after: Answers, question: Question, raisedThemes: string[]) {
  const was = scoresOf(before);
  const is = scoresOf(after);
  for (const { code } of defaultTemplate.themes) expect(is.get(code)).toBeGreaterThanOrEqual(was.get(code)!);
  if (isVisible(defaultTemplate, question.id, before))
    for (const code of raisedThemes) expect(is.get(code)).toBeGreaterThan(was.get(code)!);
}

const scales = questions.filter((q): q is ScaleQuestion => q.type === "scale");
const multipleChoices = questions.filter((q): q is MultipleChoiceQuestion => q.type === "multiple-choice");
const positiveThemes = (scores: { themeCode: string; points: number }[]) =>
  scores.filter((s) => s.points > 0).map((s) => s.themeCode);

describe("theme scores of the default template", () => {
  it("are raised, never lowered, by raising a scale answer", () => {
    fc.assert(
      fc.property(
        validAnswers,
        fc.constantFrom(...scales),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        fc.integer({ min: 1, max: 4 }),
        (answers, scale, from, step) => {
          const { [scale.id]: _dropped, ...others } = answers;
          const before = from === undefined ? others : { ...others, [scale.id]: from };
          const to = Math.min(5, (from ?? 1) + step);
          // From no answer to 1 gives nothing: only a step above the previous value must gain.
          const gains = to > (from ?? 1) ? positiveThemes(scale.scores) : [];
          expectRaised(before, { ...others, [scale.id]: to }, scale, gains);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("are raised, never lowered, by checking one more option that scores", () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...multipleChoices), fc.nat(), (answers, question, pick) => {
        const chosen = (answers[question.id] as string[] | undefined) ?? [];
        const candidates = question.options.filter((o) => !chosen.includes(o.value) && positiveThemes(o.scores).length > 0);
        fc.pre(candidates.length > 0 && chosen.length < (question.maxSelections ?? question.options.length));
        const added = candidates[pick % candidates.length]!;
        expectRaised(
          { ...answers, [question.id]: chosen },
          { ...answers, [question.id]: [...chosen, added.value] },
          question,
          positiveThemes(added.scores),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("make valid answers from the generators (the properties test what a respondent can send)", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(validateAnswers(defaultTemplate, answers, { mode: "draft", territoryExists: anyTerritory }).errors).toEqual([]);
      }),
    );
  });
});
