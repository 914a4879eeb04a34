import { useEffect, useState } from "react";
import { access, describeError } from "../api.js";
import { CampaignTable } from "../components/campaign-table.js";
import { dateTime, holderText, roleLabels, type Holder } from "./habilitation-types.js";

interface Entry {
  id: string;
  type: string;
  occurredAt: string;
  actor: { subject: string; name: string };
  holder?: Holder;
  role?: string;
  departments?: string[];
  agent?: { subject: string; email: string; siret: string | null };
}

const what: Record<string, string> = {
  HabilitationGranted: "Habilitation accordée",
  HabilitationWithdrawn: "Habilitation retirée",
  AgentSignedIn: "Connexion",
  AgentSignedOut: "Déconnexion",
};

/** Who did what and when: grants, withdrawals, sign-ins and sign-outs, newest first, fifty at a time. */
export function AccessJournal({ nameOf, refresh }: { nameOf: (code: string) => string; refresh: number }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  async function load(before?: string) {
    setLoading(true);
    setError(null);
    try {
      const page = await access.journal.list.query(before ? { before } : {});
      setEntries((shown) => (before ? [...shown, ...page.entries] : page.entries) as Entry[]);
      setNext(page.next);
    } catch (err) {
      setError(describeError(err).message);
    } finally {
      setLoading(false);
    }
  }
  useEffect(() => {
    void load();
  }, [refresh]);

  const concerns = (e: Entry) => (e.holder ? holderText(e.holder) : e.agent ? e.agent.email : "");
  const detail = (e: Entry) => {
    if (e.role) return `${roleLabels[e.role] ?? e.role}${e.departments?.length ? ` : ${e.departments.map(nameOf).join(", ")}` : ""}`;
    // A sign-in records the habilitation found then: none is worth saying.
    const siret = e.agent?.siret ? `SIRET ${e.agent.siret}` : "";
    return e.type === "AgentSignedIn" ? ["Sans habilitation", siret].filter(Boolean).join(" · ") : siret;
  };

  return (
    <section aria-labelledby="journal-titre" aria-busy={loading}>
      <h2 id="journal-titre">Journal des accès</h2>
      {error && <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert"><p>Le journal n’a pas pu être chargé : {error}</p></div>}
      <CampaignTable caption="Journal des accès" headers={["Date", "Événement", "Par", "Concerne", "Détail"]} hideCaption multiline>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{dateTime(e.occurredAt)}</td>
            <td>{what[e.type] ?? e.type}</td>
            <td>{e.actor.name}</td>
            <td>{concerns(e)}</td>
            <td>{detail(e)}</td>
          </tr>
        ))}
      </CampaignTable>
      {loading && <p>Chargement…</p>}
      {next && !loading && <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void load(next)}>Voir les événements plus anciens</button>}
    </section>
  );
}
