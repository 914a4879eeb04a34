import { formatNumber, formatRate } from "./campaign-format.js";
import { CampaignTable } from "./campaign-table.js";
import type { QuestionSummary } from "./campaign-types.js";

/** One question's answers, summarised according to its type. */
interface Props {
  question: QuestionSummary;
  /** « Verdun (55545) » for a territory code. */
  territoryLabel: (code: string) => string;
}

export function CampaignQuestionSummary({ question: q, territoryLabel }: Props) {
  return (
    <div className="fr-mb-4w">
      <h4>{q.label}</h4>
      <p className="fr-text--sm">
        {q.answered} réponse{q.answered > 1 ? "s" : ""} à cette question.
      </p>
      {q.answered > 0 && <Details question={q} territoryLabel={territoryLabel} />}
    </div>
  );
}

function Details({ question: q, territoryLabel }: Props) {
  const caption = `Réponses à « ${q.label} »`;
  switch (q.type) {
    case "single-choice":
    case "multiple-choice":
      return (
        <CampaignTable caption={caption} hideCaption headers={["Option", "Réponses", "Part des répondants"]} size="sm">
          {q.options.map((o) => (
            <tr key={o.value}>
              <td>{o.label}</td>
              <td>{o.count}</td>
              <td>{formatRate(o.count, q.answered)}</td>
            </tr>
          ))}
        </CampaignTable>
      );
    case "ranking":
      return (
        <CampaignTable caption={caption} hideCaption headers={["Option", "Classée première", "Rang moyen (1 = premier)"]} size="sm">
          {q.options.map((o) => (
            <tr key={o.value}>
              <td>{o.label}</td>
              <td>{o.firstChoices}</td>
              <td>{formatNumber(o.averageRank)}</td>
            </tr>
          ))}
        </CampaignTable>
      );
    case "scale":
      return (
        <>
          <Range average={q.average} min={q.min} max={q.max} />
          <CampaignTable caption={caption} hideCaption headers={["Note", "Réponses"]} size="sm">
            {q.distribution.map((count, index) => (
              <tr key={index}>
                <td>{index + 1}</td>
                <td>{count}</td>
              </tr>
            ))}
          </CampaignTable>
        </>
      );
    case "number":
      return <Range average={q.average} min={q.min} max={q.max} />;
    case "territory":
      return (
        <CampaignTable caption={caption} hideCaption headers={["Territoire", "Fois choisi"]} size="sm">
          {q.territories.map((t) => (
            <tr key={t.code}>
              <td>{territoryLabel(t.code)}</td>
              <td>{t.count}</td>
            </tr>
          ))}
        </CampaignTable>
      );
    case "short-text":
    case "long-text":
      return (
        <ul>
          {q.texts.map((t, index) => (
            <li key={index}>
              <strong>{t.organisation}</strong> : {t.text}
            </li>
          ))}
        </ul>
      );
  }
}

function Range({ average, min, max }: { average: number | null; min: number | null; max: number | null }) {
  return (
    <p>
      Moyenne : {formatNumber(average)} — minimum : {formatNumber(min)} — maximum : {formatNumber(max)}
    </p>
  );
}
