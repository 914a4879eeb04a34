import { describeError } from "../api.js";
import { SignInLink } from "./sign-in-link.js";

/** What the user can do about a failed call, by its HTTP status. */
function whatToDo(status: number | null): string | null {
  switch (status) {
    case 401:
      return "Votre session a expiré ou votre jeton n'est plus valable : reconnectez-vous.";
    case 403:
      return "Votre compte n'a pas accès à cette action ou à ce département. Si vous pensez que c'est une erreur, contactez votre administrateur.";
    case 404:
      return "Vérifiez l'adresse ou revenez à la liste des campagnes.";
    case 409:
      return "Rechargez la page pour voir l'état à jour, puis recommencez si besoin.";
    case 500:
    case 502:
    case 503:
      return "Réessayez dans quelques instants ; si le problème persiste, signalez-le à l'équipe Tétris.";
    default:
      return null;
  }
}

interface Props {
  error: unknown;
  /** What failed, e.g. « Chargement des campagnes impossible ». */
  title: string;
  /** Offered when trying again may help. */
  onRetry?: () => void;
}

/** A DSFR error alert naming what failed, why, and what to do next. */
export function CampaignErrorAlert({ error, title, onRetry }: Props) {
  const { message, status } = describeError(error);
  const advice = whatToDo(status);
  return (
    <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <p className="fr-alert__title">{title}</p>
      <p>{message}</p>
      {advice && <p>{advice}</p>}
      {status === 401 && (
        <p>
          <SignInLink className="fr-link">Se reconnecter</SignInLink>
        </p>
      )}
      {onRetry && status !== 401 && status !== 403 && (
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={onRetry}>
          Réessayer
        </button>
      )}
    </div>
  );
}
