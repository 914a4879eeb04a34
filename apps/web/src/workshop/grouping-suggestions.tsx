import type { GroupingSuggestion, NeedView } from "./workshop-types.js";

const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

interface Props {
  suggestions: GroupingSuggestion[];
  needs: NeedView[];
  onAccept: (suggestion: GroupingSuggestion) => void;
}

/**
 * The groups of similar needs the service suggests, each as a card « Regrouper ces besoins »
 * that opens a candidate project form prefilled with them. Nothing is grouped until staff
 * create the project.
 */
export function GroupingSuggestions({ suggestions, needs, onAccept }: Props) {
  const statement = (needId: string) => needs.find((n) => n.needId === needId)?.statement ?? "Besoin introuvable : rechargez la page";
  if (suggestions.length === 0) {
    return <p>Aucune suggestion de regroupement : les besoins pas encore repris dans une fiche projet ne se ressemblent pas assez.</p>;
  }
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-3w">
      {suggestions.map((suggestion, index) => (
        <li key={suggestion.needIds.join("+")} className="fr-col-12 fr-col-md-6">
          <div className="fr-card fr-card--no-arrow">
            <div className="fr-card__body">
              <div className="fr-card__content">
                <h4 className="fr-card__title">
                  Suggestion {index + 1} : {suggestion.needIds.length} besoins proches
                </h4>
                <div className="fr-card__desc">
                  <ul>
                    {suggestion.needIds.map((needId) => (
                      <li key={needId}>{statement(needId)}</li>
                    ))}
                  </ul>
                  <p className="fr-text--sm fr-mb-0">
                    Ressemblance : {percent.format(suggestion.similarity)}. {suggestion.reasons.join(" ; ")}.
                  </p>
                </div>
              </div>
              <div className="fr-card__footer">
                <button type="button" className="fr-btn fr-btn--secondary" onClick={() => onAccept(suggestion)}>
                  Regrouper ces besoins<span className="fr-sr-only"> (suggestion {index + 1})</span>
                </button>
              </div>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
