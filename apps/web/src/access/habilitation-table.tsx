import { useState } from "react";
import { access, describeError } from "../api.js";
import { CampaignTable } from "../components/campaign-table.js";
import { dateTime, holderKey, holderText, roleLabels, type Holder } from "./habilitation-types.js";

export interface HabilitationRow {
  holder: Holder;
  label: string | null;
  role: string;
  departments: string[];
  grantedAt: string;
  grantedBy: { subject: string; name: string };
}

/** The habilitations in force, each with its withdrawal, asked twice: it takes the access away at the holder's next page. */
export function HabilitationTable({ rows, nameOf, onWithdrawn }: { rows: HabilitationRow[]; nameOf: (code: string) => string; onWithdrawn: (what: string) => void }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function withdraw(row: HabilitationRow) {
    setFailure(null);
    try {
      await access.habilitations.withdraw.mutate({ holder: row.holder });
      setConfirming(null);
      onWithdrawn(row.label ?? holderText(row.holder));
    } catch (err) {
      setFailure(`Le retrait n’a pas abouti : ${describeError(err).message}`);
    }
  }

  if (rows.length === 0) return <p>Aucune habilitation pour le moment.</p>;
  return (
    <>
      {failure && <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert"><p>{failure}</p></div>}
      <CampaignTable caption="Habilitations en vigueur" headers={["Titulaire", "Rôle", "Départements", "Accordée", "Action"]} hideCaption multiline>
        {rows.map((row) => {
          const key = holderKey(row.holder);
          const who = row.label ?? holderText(row.holder);
          return (
            <tr key={key} data-testid={`habilitation-${key}`}>
              <th scope="row">
                {row.label && <>{row.label}<br /></>}
                <span className="fr-text--sm">{holderText(row.holder)}</span>
              </th>
              <td>{roleLabels[row.role] ?? row.role}</td>
              <td>{row.role === "anct" ? "Tous" : row.departments.map(nameOf).join(", ")}</td>
              <td>{dateTime(row.grantedAt)}<br /><span className="fr-text--sm">par {row.grantedBy.name}</span></td>
              <td>
                {confirming === key ? (
                  <ul className="fr-btns-group fr-btns-group--sm">
                    <li><button type="button" className="fr-btn fr-btn--sm" onClick={() => void withdraw(row)}>Confirmer le retrait pour {who}</button></li>
                    <li><button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => setConfirming(null)}>Annuler</button></li>
                  </ul>
                ) : (
                  <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => setConfirming(key)} aria-label={`Retirer l’habilitation de ${who}`}>
                    Retirer
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </CampaignTable>
    </>
  );
}
