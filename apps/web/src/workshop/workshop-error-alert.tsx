import { describeError } from "../api.js";
import { SignInLink } from "../components/sign-in-link.js";

/** What the user can do about a failed call on the workshop day, by its HTTP status. */
function whatToDo(status: number | null, canReload: boolean): string | null {
  switch (status) {
    case null:
      return "Vérifiez votre connexion au réseau puis réessayez.";
    case 401:
      return "Votre session a expiré ou votre jeton n'est plus valable : reconnectez-vous.";
    case 403:
      return "Votre compte n'a pas accès à cette action ou à ce département. Si vous pensez que c'est une erreur, contactez votre administrateur.";
    case 404:
      return "Cet élément n'existe pas ou plus : rechargez la journée pour voir son état à jour.";
    case 409:
      return canReload
        ? "Rechargez la journée pour voir l'état à jour (vos saisies dans ce formulaire sont gardées), puis recommencez si besoin."
        : "Rechargez la page pour voir l'état à jour, puis recommencez si besoin.";
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
  /** What failed, e.g. « La date n'a pas été enregistrée ». */
  title: string;
  /** Offered when trying again may help (a failed load). */
  onRetry?: () => void;
  /** Offered as « Recharger » when the day changed meanwhile (409). */
  onReload?: () => void;
  /** The message to show instead of the server's, e.g. when the form already names the fields at fault. */
  message?: string;
}

/** A DSFR error alert naming what failed, why, and what to do next; « Recharger » after a conflict. */
export function WorkshopErrorAlert({ error, title, onRetry, onReload, message }: Props) {
  const described = describeError(error);
  const advice = whatToDo(described.status, onReload !== undefined);
  return (
    <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <p className="fr-alert__title">{title}</p>
      <p>{message ?? described.message}</p>
      {advice && <p>{advice}</p>}
      {described.status === 401 && (
        <p>
          <SignInLink className="fr-link">Se reconnecter</SignInLink>
        </p>
      )}
      {onReload && (described.status === 409 || described.status === 404) && (
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={onReload}>
          Recharger
        </button>
      )}
      {onRetry && described.status !== 401 && described.status !== 403 && described.status !== 409 && (
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={onRetry}>
          Réessayer
        </button>
      )}
    </div>
  );
}
