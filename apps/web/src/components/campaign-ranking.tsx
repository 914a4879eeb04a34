import { formatAnswerValue, formatNumber } from "./campaign-format.js";
import { CampaignTable } from "./campaign-table.js";
import type { RankedTheme } from "./campaign-types.js";

/** « Classement des thèmes », computed at closing: what the workshop day addresses first. */
export function CampaignRanking({ ranking }: { ranking: RankedTheme[] }) {
  if (ranking.length === 0) return <p>Aucun thème à classer.</p>;
  return (
    <CampaignTable
      caption="Thèmes classés à partir des dernières réponses envoyées"
      headers={["Rang", "Thème", "Score", "Explication", "Principales contributions"]}
    >
      {ranking.map((theme) => (
        <tr key={theme.themeCode}>
          <td>{theme.rank}</td>
          <td>{theme.label}</td>
          <td>{formatNumber(theme.score)}</td>
          <td>{theme.explanation}</td>
          <td>
            {theme.topContributions.length === 0 ? (
              "—"
            ) : (
              <ul>
                {theme.topContributions.map((c, index) => (
                  <li key={index}>
                    {c.organisation}, à « {c.questionLabel} » : {formatAnswerValue(c.value)} ({formatNumber(c.contribution)} point
                    {Math.abs(c.contribution) >= 2 ? "s" : ""})
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </CampaignTable>
  );
}
