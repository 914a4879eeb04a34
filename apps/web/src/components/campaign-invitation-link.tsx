import { useId, useRef, useState } from "react";
import { respondentLink } from "./campaign-format.js";

interface Props {
  token: string;
  organisation: string;
}

/**
 * The respondent's full link in a read-only field, and « Copier le lien ». The result is said in a
 * live region; where the clipboard is refused, the link is selected for the user to copy.
 */
export function CampaignInvitationLink({ token, organisation }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState("");
  const link = respondentLink(token);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setSaid("Lien copié dans le presse-papiers.");
    } catch {
      input.current?.focus();
      input.current?.select();
      setSaid("Copie automatique impossible : le lien est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).");
    }
  }

  return (
    <div className="fr-input-group fr-mb-0">
      <label className="fr-label fr-sr-only" htmlFor={id}>
        Lien de réponse de {organisation}
      </label>
      <input ref={input} className="fr-input" id={id} type="text" value={link} readOnly onFocus={(e) => e.target.select()} />
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={copy}>
        Copier le lien<span className="fr-sr-only"> de {organisation}</span>
      </button>
      <p className="fr-hint-text fr-mt-1w" aria-live="polite">{said}</p>
    </div>
  );
}
