import { territoryLabel } from "../../../../packages/shared/src/territories/territory-label.js";
import { CampaignTable } from "../components/campaign-table.js";
import { themeLabel, type CandidateView, type NeedView, type SessionView } from "./workshop-types.js";

interface Props {
  needs: NeedView[];
  sessions: SessionView[];
  candidates: CandidateView[];
}

/** The needs captured during the day, oldest first, with the candidate project each went into. */
export function NeedsList({ needs, sessions, candidates }: Props) {
  const sessionTitle = (sessionId: string) => sessions.find((s) => s.sessionId === sessionId)?.title ?? "Atelier retiré";
  const inCandidates = (needId: string) => candidates.filter((c) => c.needIds.includes(needId)).map((c) => c.title);
  return (
    <CampaignTable size="sm" multiline
      caption={`Besoins saisis (${needs.length})`}
      hideCaption
      headers={["Besoin", "Thème", "Atelier", "Territoires", "Urgence / impact", "Fiche projet"]}
    >
      {needs.map((need) => {
        const projects = inCandidates(need.needId);
        return (
          <tr key={need.needId}>
            <td>
              {need.statement}
              {need.blockers && (
                <>
                  <br />
                  <span className="fr-text--xs">Freins : {need.blockers}</span>
                </>
              )}
            </td>
            <td>{themeLabel(need.themeCode, sessions)}</td>
            <td>{sessionTitle(need.sessionId)}</td>
            <td>{need.territories.length ? need.territories.map((t) => territoryLabel(t.code, t.name)).join(", ") : "—"}</td>
            <td>
              {need.urgency} / {need.impact}
              <span className="fr-sr-only"> (sur 5)</span>
            </td>
            <td>{projects.length ? projects.join(" ; ") : "Pas encore"}</td>
          </tr>
        );
      })}
    </CampaignTable>
  );
}
