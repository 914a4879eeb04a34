import { territoryLabeller } from "../../../../packages/shared/src/territories/territory-label.js";
import { questionnaire } from "../api.js";
import { CampaignErrorAlert } from "./campaign-error-alert.js";
import { CampaignQuestionSummary } from "./campaign-question-summary.js";
import { useCampaignQuery } from "./campaign-query.js";
import type { AnswersSummary } from "./campaign-types.js";
import { useTerritories } from "./use-territories.js";

/** « Réponses »: the last submission of every respondent, question by question, then the free texts by theme. */
export function CampaignAnswers({ campaignId, departmentCode, version }: { campaignId: string; departmentCode: string; version: number }) {
  const territories = useTerritories(departmentCode);
  const answers = useCampaignQuery(() => questionnaire.campaigns.answers.query({ campaignId }), `${campaignId}:${version}`);
  return (
    <div aria-busy={answers.loading}>
      {answers.loading && <p>Chargement…</p>}
      {answers.error !== null && (
        <CampaignErrorAlert error={answers.error} title="Les réponses n'ont pas pu être chargées" onRetry={answers.reload} />
      )}
      {answers.data && <Summary answers={answers.data} territoryLabel={territoryLabeller(territories ?? { communes: [], epcis: [] })} />}
    </div>
  );
}

function Summary({ answers, territoryLabel }: { answers: AnswersSummary; territoryLabel: (code: string) => string }) {
  if (answers.respondents === 0) {
    return <p>Aucune réponse envoyée pour le moment. Les brouillons ne sont pas comptés.</p>;
  }
  return (
    <>
      <p>
        {answers.respondents} organisation{answers.respondents > 1 ? "s ont envoyé leurs" : " a envoyé ses"} réponses ; seul
        le dernier envoi de chacune compte, les brouillons ne sont pas comptés.
      </p>
      <h3>Question par question</h3>
      {answers.questions.map((question) => (
        <CampaignQuestionSummary key={question.questionId} question={question} territoryLabel={territoryLabel} />
      ))}
      <h3>Réponses libres par thème</h3>
      {answers.freeTextByTheme.map((theme) => (
        <div key={theme.themeCode} className="fr-mb-3w">
          <h4>{theme.label}</h4>
          {theme.answers.length === 0 ? (
            <p>Aucune réponse libre pour ce thème.</p>
          ) : (
            <ul>
              {theme.answers.map((a, index) => (
                <li key={index}>
                  <strong>{a.organisation}</strong>, à « {a.questionLabel} » : {a.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
