import { territoryLabel, territoryLabeller, type TerritoryLists } from "../../../../packages/shared/src/territories/territory-label.js";
import type { workshops } from "../api.js";
import type { QueueItem } from "./capture-queue.js";
import { parseTerritories } from "./need-draft.js";

export type NeedView = Awaited<ReturnType<typeof workshops.needs.list.query>>[number];

const time = (iso: string) => new Date(iso).toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" });

interface Props {
  /** The server's needs of the session, newest first. */
  needs: NeedView[];
  /** This device's needs of the session not yet acknowledged, newest first. */
  waiting: QueueItem[];
  themeLabel: (code: string) => string;
  /** To name the territories of the needs not sent yet; null while they load. */
  territories: TerritoryLists | null;
}

function Scores({ urgency, impact }: { urgency: number; impact: number }) {
  return (
    <>
      <li><p className="fr-badge fr-badge--sm fr-badge--no-icon">Urgence {urgency}/5</p></li>
      <li><p className="fr-badge fr-badge--sm fr-badge--no-icon">Impact {impact}/5</p></li>
    </>
  );
}

/** The needs of the session: those still on this device first, then the server's, newest first. */
export function CapturedNeeds({ needs, waiting, themeLabel, territories }: Props) {
  const labelOf = territoryLabeller(territories ?? { communes: [], epcis: [] });
  if (needs.length === 0 && waiting.length === 0) return <p>Aucun besoin saisi pour le moment dans cet atelier.</p>;
  return (
    <ul className="fr-raw-list" data-testid="besoins-saisis">
      {waiting.map((item) => (
        <li key={item.needId} className="fr-mb-2w" data-need-id={item.needId}>
          <div className="fr-p-2w" style={{ border: "1px dashed var(--border-default-grey)" }}>
            <p className="fr-mb-1w">{item.draft.statement.trim()}</p>
            <ul className="fr-badges-group">
              <li><p className="fr-badge fr-badge--sm fr-badge--warning">En attente d'envoi</p></li>
              <li><p className="fr-badge fr-badge--sm fr-badge--blue-ecume fr-badge--no-icon">{themeLabel(item.draft.themeCode)}</p></li>
              <Scores urgency={item.draft.urgency} impact={item.draft.impact} />
            </ul>
            {parseTerritories(item.draft.territories).territories.length > 0 && (
              <p className="fr-text--sm fr-mb-0">Territoires : {parseTerritories(item.draft.territories).territories.map((t) => labelOf(t.code)).join(", ")}</p>
            )}
          </div>
        </li>
      ))}
      {needs.map((need) => (
        <li key={need.needId} className="fr-mb-2w" data-need-id={need.needId}>
          <div className="fr-p-2w" style={{ border: "1px solid var(--border-default-grey)" }}>
            <p className="fr-mb-1w">{need.statement}</p>
            <ul className="fr-badges-group">
              <li><p className="fr-badge fr-badge--sm fr-badge--blue-ecume fr-badge--no-icon">{themeLabel(need.themeCode)}</p></li>
              <Scores urgency={need.urgency} impact={need.impact} />
            </ul>
            <p className="fr-text--sm fr-mb-0">
              {need.territories.length > 0 && <>Territoires : {need.territories.map((t) => territoryLabel(t.code, t.name)).join(", ")} · </>}
              Saisi à {time(need.capturedAt)}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
