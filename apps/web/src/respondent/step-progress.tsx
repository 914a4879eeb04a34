import { forwardRef } from "react";

interface Props {
  /** 0-based; `titles.length - 1` is the review. */
  current: number;
  titles: string[];
  /** Steps holding an answer to correct, flagged in the bar's text alternative. */
  withProblems: Set<number>;
}

/**
 * The DSFR stepper's words (title, « Étape 3 sur 10 », next step) with a bar drawn for any
 * number of steps: the DSFR's own bar stops at 8, and a questionnaire may have more parts.
 */
export const StepProgress = forwardRef<HTMLHeadingElement, Props>(function StepProgress({ current, titles, withProblems }, heading) {
  const next = titles[current + 1];
  return (
    <div className="fr-stepper">
      <h2 className="fr-stepper__title" ref={heading} tabIndex={-1}>
        {titles[current]}
        <span className="fr-stepper__state">Étape {current + 1} sur {titles.length}</span>
      </h2>
      <div aria-hidden="true" style={{ display: "flex", gap: "0.25rem", marginBottom: "0.75rem" }}>
        {titles.map((title, index) => (
          <div
            key={title + index}
            title={title}
            style={{
              flex: 1,
              height: "0.375rem",
              background: withProblems.has(index)
                ? "var(--background-flat-error)"
                : index <= current
                  ? "var(--background-active-blue-france)"
                  : "var(--background-contrast-grey)",
            }}
          />
        ))}
      </div>
      {next && (
        <p className="fr-stepper__details">
          <span className="fr-text--bold">Étape suivante :</span> {next}
        </p>
      )}
    </div>
  );
});
