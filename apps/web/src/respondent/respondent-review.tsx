import { useMemo } from "react";
import { territoryLabeller } from "../../../../packages/shared/src/territories/territory-label.js";
import type { Answers } from "../../../../services/questionnaire/src/domain/template/template.js";
import { answerDisplay, withoutQuestion } from "./respondent-format.js";
import type { Section, Territories } from "./respondent-types.js";

interface Props {
  sections: Section[];
  answers: Answers;
  visibility: Map<string, boolean>;
  /** What is wrong with an answer, by question: to correct or missing. */
  problems: Record<string, string>;
  territories: Territories;
  readOnly: boolean;
  onEdit: (sectionIndex: number) => void;
}

/** Every shown question with its answer; a missing required answer and an answer to correct are flagged, not shown as optional. */
export function RespondentReview({ sections, answers, visibility, problems, territories, readOnly, onEdit }: Props) {
  const territoryLabel = useMemo(() => territoryLabeller(territories), [territories]);
  return (
    <div>
      {sections.map((section, index) => (
        <section key={section.id} className="fr-mb-4w" aria-labelledby={`relecture-${section.id}`}>
          <h3 className="fr-h5" id={`relecture-${section.id}`}>{section.title}</h3>
          <dl>
            {section.questions.filter((q) => visibility.get(q.id)).map((q) => {
              const value = answers[q.id];
              return (
                <div key={q.id} className="fr-mb-2w">
                  <dt className="fr-text--bold">
                    {q.label}
                    {q.required && <span aria-hidden="true"> *</span>}
                  </dt>
                  <dd className="fr-ml-0">
                    {value === undefined ? (q.required ? null : <em>Sans réponse (facultatif)</em>) : answerDisplay(q, value, territoryLabel)}
                    {problems[q.id] && <p className="fr-error-text fr-mt-1v" id={`relecture-${q.id}-erreur`}>{withoutQuestion(problems[q.id]!)}</p>}
                  </dd>
                </div>
              );
            })}
          </dl>
          {!readOnly && (
            <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => onEdit(index)}>
              Modifier « {section.title} »
            </button>
          )}
        </section>
      ))}
    </div>
  );
}
