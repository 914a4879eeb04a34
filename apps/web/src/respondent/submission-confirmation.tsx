import { forwardRef } from "react";
import { frenchDay, frenchTime } from "./respondent-format.js";

interface Props {
  token: string;
  revision: number;
  submittedAt: string;
  closesAt: string;
  /** « de la Meuse ». */
  ofDepartment: string;
}

/** Where the focus lands after sending: what was received, when, which version, and the receipt to keep. */
export const SubmissionConfirmation = forwardRef<HTMLDivElement, Props>(function SubmissionConfirmation(
  { token, revision, submittedAt, closesAt, ofDepartment },
  ref,
) {
  const receipt = `/api/questionnaire/respondent/receipt.pdf?token=${encodeURIComponent(token)}&revision=${revision}`;
  return (
    <div className="fr-alert fr-alert--success fr-mb-3w" ref={ref} tabIndex={-1} data-testid="confirmation-envoi">
      <h2 className="fr-alert__title">Vos réponses ont été envoyées</h2>
      <p>
        La préfecture {ofDepartment} a reçu vos réponses le {frenchDay(submittedAt)} à {frenchTime(submittedAt)}
        {revision > 1 ? ` (version n° ${revision}, qui remplace les précédentes)` : ""}. Vous pouvez encore les modifier jusqu'au{" "}
        {frenchDay(closesAt)} avec le même lien.
      </p>
      <p className="fr-mt-1w">
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href={receipt} download>
          Télécharger l'accusé de réception (PDF, version n° {revision})
        </a>
      </p>
    </div>
  );
});
