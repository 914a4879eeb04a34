import { frenchTime, plural } from "./respondent-format.js";
import type { SaveStatus } from "./use-kept-answers.js";

interface Props {
  status: SaveStatus;
  /** Answers kept on the device because they need correcting. */
  toCorrect: number;
  onRetry: () => void;
}

/** Beside the step buttons: where the respondent's answers are, said plainly and announced politely. */
export function SaveStatusLine({ status, toCorrect, onRetry }: Props) {
  const correct = toCorrect > 0 && ` ${plural(toCorrect, "réponse à corriger reste", "réponses à corriger restent")} sur cet appareil.`;
  return (
    <div className="fr-mt-2w" data-testid="etat-enregistrement">
      <p aria-live="polite" className="fr-text--sm fr-mb-1w">
        {status.kind === "idle" && "Vos réponses sont enregistrées au fur et à mesure."}
        {status.kind === "saving" && "Enregistrement…"}
        {status.kind === "saved" && (
          <span className="fr-icon-check-line fr-icon--sm"> Enregistré à {frenchTime(status.at)}.</span>
        )}
        {status.kind === "offline" && (
          <span className="fr-icon-wifi-line fr-icon--sm">
            {" "}Hors ligne : enregistré sur cet appareil. Vos réponses seront envoyées dès que le service répondra.
          </span>
        )}
        {status.kind === "refused" && <span className="fr-error-text fr-mt-0">{status.message}</span>}
        {status.kind === "unkept" && <span className="fr-error-text fr-mt-0">{status.message}</span>}
        {correct}
      </p>
      {status.kind === "offline" && (
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-refresh-line fr-btn--icon-left" onClick={onRetry}>
          Réessayer maintenant
        </button>
      )}
    </div>
  );
}
