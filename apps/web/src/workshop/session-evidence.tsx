import { actorTypeLabels } from "../components/campaign-types.js";
import { formatAnswerValue } from "../components/campaign-format.js";
import { formatNumber, plural } from "./workshop-format.js";
import type { SessionEvidence as Evidence } from "./workshop-types.js";

/**
 * What the questionnaire said of a session's theme, kept at hand for the discussion: rank,
 * score and how it was made, then the most telling free texts, the answers that weighed most,
 * the actors and the territories. The details fold (native, keyboard-operable) to keep the list short.
 */
export function SessionEvidence({ evidence }: { evidence: Evidence }) {
  const added = evidence.themeRank === null;
  return (
    <div className="fr-mt-2w">
      <p className="fr-mb-1w">
        {added ? (
          <>Atelier ajouté par l'équipe : le questionnaire n'a pas classé ce thème.</>
        ) : (
          <>
            <strong>Thème classé {evidence.themeRank === 1 ? "1er" : `${evidence.themeRank}e`}</strong> au questionnaire, score{" "}
            {formatNumber(evidence.themeScore)}.
          </>
        )}
      </p>
      {!added && <p className="fr-text--sm fr-mb-1w">{evidence.explanation}</p>}
      {!added && (
        <details>
          <summary>
            Ce qu'en dit le questionnaire : {plural(evidence.freeTexts.length, "réponse libre", "réponses libres")},{" "}
            {plural(evidence.actors.length, "acteur")}, {plural(evidence.territories.length, "territoire")}
          </summary>
          <h4 className="fr-text--md fr-mt-2w fr-mb-1w">Réponses libres les plus parlantes</h4>
          {evidence.freeTexts.length === 0 ? (
            <p className="fr-text--sm">Aucune réponse libre sur ce thème.</p>
          ) : (
            <ul className="fr-text--sm">
              {evidence.freeTexts.map((t, index) => (
                <li key={index}>
                  <strong>{t.organisation}</strong>, à « {t.questionLabel} » : {t.text}
                </li>
              ))}
            </ul>
          )}
          {evidence.topContributions.length > 0 && (
            <>
              <h4 className="fr-text--md fr-mb-1w">Réponses qui ont le plus pesé</h4>
              <ul className="fr-text--sm">
                {evidence.topContributions.map((c, index) => (
                  <li key={index}>
                    {c.organisation}, à « {c.questionLabel} » : {formatAnswerValue(c.value)} ({formatNumber(c.contribution)} point{Math.abs(c.contribution) >= 2 ? "s" : ""})
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4 className="fr-text--md fr-mb-1w">Acteurs concernés</h4>
          {evidence.actors.length === 0 ? (
            <p className="fr-text--sm">Aucun répondant ne s'est exprimé sur ce thème.</p>
          ) : (
            <ul className="fr-text--sm">
              {evidence.actors.map((a, index) => (
                <li key={index}>
                  {a.organisation} ({actorTypeLabels[a.actorType]})
                </li>
              ))}
            </ul>
          )}
          <h4 className="fr-text--md fr-mb-1w">Territoires</h4>
          {evidence.territories.length === 0 ? (
            <p className="fr-text--sm">Aucun territoire indiqué.</p>
          ) : (
            <ul className="fr-text--sm">
              {evidence.territories.map((t) => (
                <li key={`${t.kind}-${t.code}`}>
                  {t.name} ({t.kind === "epci" ? "EPCI" : "commune"} {t.code})
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}
