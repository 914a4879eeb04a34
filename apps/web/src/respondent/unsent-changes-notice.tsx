import { frenchDay, frenchTime } from "./respondent-format.js";

interface Props {
  submittedAt: string;
  onReview: () => void;
}

/** A reopened questionnaire whose answers differ from what was sent: the préfecture does not see the changes until they are sent. */
export function UnsentChangesNotice({ submittedAt, onReview }: Props) {
  return (
    <div className="fr-alert fr-alert--warning fr-mb-3w" data-testid="modifications-non-envoyees">
      <h2 className="fr-alert__title">Modifications non envoyées</h2>
      <p>
        Vous avez modifié vos réponses depuis leur envoi du {frenchDay(submittedAt)} à {frenchTime(submittedAt)}. Elles sont
        enregistrées, mais la préfecture ne les verra qu'une fois la nouvelle version envoyée.
      </p>
      <button type="button" className="fr-btn fr-btn--sm fr-mt-1w" onClick={onReview}>
        Relire et envoyer la nouvelle version
      </button>
    </div>
  );
}
