import type { SenderState } from "./capture-sender.js";
import { SignInLink } from "../components/sign-in-link.js";

const needs = (n: number) => `${n} besoin${n > 1 ? "s" : ""}`;
const waiting = (n: number) => `${needs(n)} en attente`;

export type StatusTone = "success" | "info" | "warning" | "error";

/**
 * What the facilitator reads about the queue, in one sentence: the words of the brief
 * (« Hors ligne : 3 besoins en attente, ils partiront au retour du réseau », « Envoi… »,
 * « Tout est enregistré »), and what to do when sending is stopped.
 */
export function statusMessage(state: SenderState, pending: number, rejected: number): { tone: StatusTone; text: string } {
  switch (state.kind) {
    case "offline":
      return {
        tone: "warning",
        text:
          pending === 0
            ? "Hors ligne : les besoins saisis sont gardés sur cet appareil et partiront au retour du réseau."
            : `Hors ligne : ${waiting(pending)}, ${pending > 1 ? "ils partiront" : "il partira"} au retour du réseau.`,
      };
    case "sending":
      return { tone: "info", text: `Envoi… (${waiting(Math.max(pending, 1))})` };
    case "waiting":
      return {
        tone: "warning",
        text: `Le serveur ne répond pas : ${waiting(pending)}, gardé${pending > 1 ? "s" : ""} sur cet appareil. Nouvel essai automatique dans quelques secondes.`,
      };
    case "blocked":
      return {
        tone: "error",
        text:
          state.status === 401
            ? `Votre session a expiré : reconnectez-vous pour envoyer ${pending > 1 ? `les ${waiting(pending)}` : pending === 1 ? "le besoin en attente" : "les prochains besoins"} (ils restent gardés sur cet appareil).`
            : `Votre compte ne permet pas d'enregistrer des besoins pour cette journée : ${state.message} ${pending > 0 ? `${waiting(pending)}, gardé${pending > 1 ? "s" : ""} sur cet appareil.` : ""}`.trim(),
      };
    case "storage-error":
      return { tone: "error", text: state.message };
    case "idle":
      if (pending > 0) return { tone: "info", text: `${waiting(pending)} d'envoi.` };
      return rejected > 0
        ? { tone: "warning", text: `Tout est enregistré, sauf ${needs(rejected)} à corriger ci-dessous.` }
        : { tone: "success", text: "Tout est enregistré." };
  }
}

interface Props {
  state: SenderState;
  pending: number;
  rejected: number;
  onRetry: () => void;
}

/**
 * The state of the queue in a polite live region that is always in the page (a region added
 * with its text is not announced), then what the facilitator can do about it.
 */
export function CaptureStatus({ state, pending, rejected, onRetry }: Props) {
  const { tone, text } = statusMessage(state, pending, rejected);
  return (
    <div className="fr-mb-3w">
      <div className={`fr-alert fr-alert--sm fr-alert--${tone}`}>
        <p role="status" aria-live="polite" aria-atomic="true" data-testid="etat-envoi">{text}</p>
      </div>
      {(state.kind === "waiting" || state.kind === "storage-error") && (
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={onRetry}>Réessayer maintenant</button>
      )}
      {state.kind === "blocked" && state.status === 401 && (
        <p className="fr-mt-1w">
          <SignInLink className="fr-link">Se reconnecter</SignInLink> : vous reviendrez sur cette page et les besoins en attente partiront.
        </p>
      )}
    </div>
  );
}
