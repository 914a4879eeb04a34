import { forwardRef } from "react";
import { plural } from "./respondent-format.js";

export interface SummaryItem {
  questionId: string;
  label: string;
  message: string;
}

interface Props {
  title: string;
  items: SummaryItem[];
  onGoTo: (questionId: string) => void;
}

/** The answers that block the submission, each a link to its question (RGAA 11.10: errors listed and reachable). */
export const AnswersErrorSummary = forwardRef<HTMLDivElement, Props>(function AnswersErrorSummary({ title, items, onGoTo }, ref) {
  return (
    <div className="fr-alert fr-alert--error fr-mb-3w" role="alert" ref={ref} tabIndex={-1}>
      <h2 className="fr-alert__title">{title}</h2>
      <p>{plural(items.length, "réponse est à compléter ou à corriger", "réponses sont à compléter ou à corriger")} :</p>
      <ul>
        {items.map((item) => (
          <li key={item.questionId}>
            <a
              href={`#q-${item.questionId}`}
              onClick={(event) => {
                event.preventDefault();
                onGoTo(item.questionId);
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
