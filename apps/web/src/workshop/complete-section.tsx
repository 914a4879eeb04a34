import { useState } from "react";
import { workshops } from "../api.js";
import type { LoadedWorkshop } from "./use-workshop.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import { formatDateTime, plural } from "./workshop-format.js";
import type { WorkshopView } from "./workshop-types.js";

interface Props {
  loaded: LoadedWorkshop & { workshop: WorkshopView };
  staff: boolean;
  /** What is known on the page, to say what closing will hand over (null while loading). */
  candidateCount: number | null;
  needCount: number | null;
  onCompleted: () => void;
}

/** « Clôture »: staff freeze the day for good and hand its candidate projects to the projects service. */
export function CompleteSection({ loaded, staff, candidateCount, needCount, onCompleted }: Props) {
  const { workshop } = loaded;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<{ candidates: number; needs: number } | null>(null);

  async function complete() {
    const sure = confirm(
      "Clôturer définitivement la journée d'ateliers ?\n\n" +
        "Plus rien ne pourra y être changé : programme, participants, besoins, fiches projet et votes. " +
        "Les fiches projet partent au service des projets pour être priorisées. Cette action est irréversible.",
    );
    if (!sure) return;
    setBusy(true);
    setFailure(null);
    try {
      const done = await workshops.workshops.complete.mutate({ workshopId: workshop.workshopId, expectedVersion: workshop.version });
      setResult({ candidates: done.candidates, needs: done.needs });
      loaded.patch((w) => ({ ...w, status: "completed", completedAt: done.completedAt }));
      loaded.reload();
      onCompleted();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div role="status">
        {result && (
          <div className="fr-alert fr-alert--success fr-mb-3w">
            <p className="fr-alert__title">Journée clôturée</p>
            <p>
              {plural(result.candidates, "fiche projet", "fiches projet")} et {plural(result.needs, "besoin")} transmis au service des
              projets.
            </p>
          </div>
        )}
      </div>
      {workshop.status === "completed" ? (
        <p>
          La journée est clôturée
          {workshop.completedAt && (
            <>
              {" "}depuis le <time dateTime={workshop.completedAt}>{formatDateTime(workshop.completedAt)}</time>
            </>
          )}
          {" "}: ses fiches projet sont entre les mains du service des projets, qui les priorise.
        </p>
      ) : staff ? (
        <>
          {failure !== null && (
            <WorkshopErrorAlert
              error={failure}
              title="La journée n'a pas été clôturée"
              onReload={() => {
                setFailure(null);
                loaded.reload();
              }}
            />
          )}
          <p>
            Clôturez à la fin de la journée, une fois les fiches projet créées et les votes saisis.
            {candidateCount !== null && needCount !== null && (
              <>
                {" "}
                {plural(candidateCount, "fiche projet", "fiches projet")} et {plural(needCount, "besoin")} seront transmis au service des
                projets.
              </>
            )}
          </p>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={complete} disabled={busy}>
            {busy ? "Clôture en cours…" : "Clôturer la journée"}
          </button>
        </>
      ) : (
        <p>La journée n'est pas encore clôturée : les fiches projet peuvent encore changer.</p>
      )}
    </>
  );
}
