interface Props {
  /** The link is unknown or forged (404), as opposed to a service that did not answer. */
  unknownLink: boolean;
  message: string;
  onRetry: () => void;
}

/** The questionnaire could not be opened: a bad link is said to be one; a silent service is not blamed on the link. */
export function OpenFailure({ unknownLink, message, onRetry }: Props) {
  if (unknownLink) {
    return (
      <div className="fr-alert fr-alert--error" role="alert">
        <h1 className="fr-alert__title">Ce lien ne permet pas d'ouvrir le questionnaire</h1>
        <p>{message} Si le problème persiste, demandez un nouveau lien à la préfecture qui vous a invité.</p>
      </div>
    );
  }
  return (
    <div className="fr-alert fr-alert--warning" role="alert">
      <h1 className="fr-alert__title">Le questionnaire ne peut pas s'ouvrir pour le moment</h1>
      <p>
        Le service ne répond pas. Les réponses déjà enregistrées sont conservées : vous les retrouverez en rouvrant ce lien.
        Vérifiez votre connexion, puis réessayez.
      </p>
      <button type="button" className="fr-btn fr-btn--sm fr-mt-2w fr-icon-refresh-line fr-btn--icon-left" onClick={onRetry}>
        Réessayer
      </button>
    </div>
  );
}
